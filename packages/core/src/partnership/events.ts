import { Schema } from "effect"
import { CalendarDate } from "../period/Period.js"

/**
 * The kinds of organisation that own plans: the county council, a directorate, the county
 * children's trust, a school cluster, or a local children's services partnership.
 *
 * @category models
 * @since 0.1.0
 */
export const PartnershipKind = Schema.Literal("county", "directorate", "childrens-trust", "cluster", "lcsp")

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
export const AgeBand = Schema.Literal("0-19", "0-7", "8-13", "14-19", "10-17")

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
  partnershipId: Schema.NonEmptyTrimmedString,
  kind: PartnershipKind,
  name: Schema.NonEmptyTrimmedString,
  area: Schema.NonEmptyTrimmedString
})

/**
 * A school cluster became a local children's services partnership on a date: same geography,
 * same identity, new kind.
 *
 * @category events
 * @since 0.1.0
 */
export const ClusterTransformedToLcsp = Schema.TaggedStruct("ClusterTransformedToLcsp", {
  partnershipId: Schema.NonEmptyTrimmedString,
  transformedOn: CalendarDate
})

/**
 * A partnership took a new name; its identity is unchanged.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipRenamed = Schema.TaggedStruct("PartnershipRenamed", {
  partnershipId: Schema.NonEmptyTrimmedString,
  name: Schema.NonEmptyTrimmedString
})

/**
 * A manager was appointed to lead the partnership.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipManagerAppointed = Schema.TaggedStruct("PartnershipManagerAppointed", {
  partnershipId: Schema.NonEmptyTrimmedString,
  managerName: Schema.NonEmptyTrimmedString,
  appointedOn: CalendarDate
})

/**
 * The partnership's board was established.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipBoardEstablished = Schema.TaggedStruct("PartnershipBoardEstablished", {
  partnershipId: Schema.NonEmptyTrimmedString,
  establishedOn: CalendarDate
})

/**
 * The number of children and young people in one age band, counted on a date.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipPopulationRecorded = Schema.TaggedStruct("PartnershipPopulationRecorded", {
  partnershipId: Schema.NonEmptyTrimmedString,
  ageBand: AgeBand,
  count: Schema.NonNegativeInt,
  countedOn: CalendarDate
})

/**
 * Every event of a partnership stream.
 *
 * @category events
 * @since 0.1.0
 */
export const PartnershipEvent = Schema.Union(
  PartnershipRegistered,
  ClusterTransformedToLcsp,
  PartnershipRenamed,
  PartnershipManagerAppointed,
  PartnershipBoardEstablished,
  PartnershipPopulationRecorded
)

/**
 * @category events
 * @since 0.1.0
 */
export type PartnershipEvent = typeof PartnershipEvent.Type
