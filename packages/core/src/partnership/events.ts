import { Schema } from "effect"
import { NonEmptyTrimmedString, PersonalData } from "@plan-ledger/eventstore"
import { CalendarDate } from "../period/Period.js"

/**
 * The kinds of organisation that own plans: the county council, a directorate, the county
 * children's trust, a school cluster, or a local children's services partnership.
 *
 * @category models
 * @since 0.1.0
 */
export const PartnershipKind = Schema.Literals(["county", "directorate", "childrens-trust", "cluster", "lcsp"])

/**
 * @category models
 * @since 0.1.0
 */
export type PartnershipKind = typeof PartnershipKind.Type

/**
 * The age bands the council counts children and young people in.
 *
 * @category models
 * @since 0.1.0
 */
export const AgeBand = Schema.Literals(["0-19", "0-7", "8-13", "14-19", "10-17"])

/**
 * @category models
 * @since 0.1.0
 */
export type AgeBand = typeof AgeBand.Type

/**
 * A partnership (or cluster, directorate, …) entered the ledger.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipRegistered = Schema.TaggedStruct("PartnershipRegistered", {
  partnershipId: NonEmptyTrimmedString,
  kind: PartnershipKind,
  name: NonEmptyTrimmedString,
  area: NonEmptyTrimmedString
})

/**
 * A school cluster became a local children's services partnership on a date: same geography,
 * same identity, new kind.
 *
 * @category events
 * @since 0.1.0
 */
export const ClusterTransformedToLcsp = Schema.TaggedStruct("ClusterTransformedToLcsp", {
  partnershipId: NonEmptyTrimmedString,
  transformedOn: CalendarDate
})

/**
 * A partnership took a new name; its identity is unchanged.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipRenamed = Schema.TaggedStruct("PartnershipRenamed", {
  partnershipId: NonEmptyTrimmedString,
  name: NonEmptyTrimmedString
})

/**
 * A manager was appointed to lead the partnership.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipManagerAppointed = Schema.TaggedStruct("PartnershipManagerAppointed", {
  partnershipId: NonEmptyTrimmedString,
  managerName: PersonalData.personalText({ kind: "partnership manager", subject: "self" }),
  appointedOn: CalendarDate
})

/**
 * The partnership's board was established.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipBoardEstablished = Schema.TaggedStruct("PartnershipBoardEstablished", {
  partnershipId: NonEmptyTrimmedString,
  establishedOn: CalendarDate
})

/**
 * An agency took a seat on the partnership's board on a date: the board's members are counted
 * by the agency they come from (schools, social services, health, police, …).
 *
 * @category events
 * @since 0.3.0
 */
export const PartnershipBoardAgencyJoined = Schema.TaggedStruct("PartnershipBoardAgencyJoined", {
  partnershipId: NonEmptyTrimmedString,
  agency: NonEmptyTrimmedString,
  joinedOn: CalendarDate
})

/**
 * The kinds of school and setting a partnership serves.
 *
 * @category models
 * @since 0.3.0
 */
export const SettingKind = Schema.Literals(["primary-school", "secondary-school", "special-school", "early-years-setting"])

/**
 * @category models
 * @since 0.3.0
 */
export type SettingKind = typeof SettingKind.Type

/**
 * How many schools or settings of one kind the partnership serves, counted on a date, with the
 * names of those the source names (often only some of them).
 *
 * @category events
 * @since 0.3.0
 */
export const PartnershipSettingsCounted = Schema.TaggedStruct("PartnershipSettingsCounted", {
  partnershipId: NonEmptyTrimmedString,
  settingKind: SettingKind,
  count: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  named: Schema.Array(NonEmptyTrimmedString),
  countedOn: CalendarDate
})

/**
 * The number of children and young people in one age band, counted on a date.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipPopulationRecorded = Schema.TaggedStruct("PartnershipPopulationRecorded", {
  partnershipId: NonEmptyTrimmedString,
  ageBand: AgeBand,
  count: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  countedOn: CalendarDate
})

/**
 * Every event of a partnership stream.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipEvent = Schema.Union([
  PartnershipRegistered,
  ClusterTransformedToLcsp,
  PartnershipRenamed,
  PartnershipManagerAppointed,
  PartnershipBoardEstablished,
  PartnershipBoardAgencyJoined,
  PartnershipPopulationRecorded,
  PartnershipSettingsCounted
])

/**
 * @category events
 * @since 0.1.0
 */
export type PartnershipEvent = typeof PartnershipEvent.Type
