import { Schema } from "effect"
import { NonEmptyTrimmedString, PersonalData } from "@plan-ledger/eventstore"
import { CalendarDate } from "../../period/Period.js"
import { PlanId } from "../PlanId.js"

/**
 * The five Every Child Matters outcomes every plan is organised under.
 *
 * @category models
 * @since 0.1.0
 */
export const EcmOutcome = Schema.Literals([
  "be-healthy",
  "stay-safe",
  "enjoy-and-achieve",
  "make-a-positive-contribution",
  "achieve-economic-well-being"
])

/**
 * What a plan item links to: a county plan priority (`KCYPP Priority 3`), outcome (`7A`) or key
 * enabler (`A`), an indicator (`NI 117`), another local priority (`EWB1`), a directorate target
 * (`2010 TARGET 16`), a Local Area Agreement target (`LAA2 (II)`), or another named strategy
 * (`CAMHS Strategy`).
 *
 * @category models
 * @since 0.1.0
 */
export const PlanLink = Schema.Struct({
  kind: Schema.Literals([
    "cypp-priority",
    "cypp-outcome",
    "key-enabler",
    "indicator",
    "local-priority",
    "directorate-target",
    "laa-target",
    "strategy"
  ]),
  code: NonEmptyTrimmedString
})

/**
 * @category models
 * @since 0.1.0
 */
export type PlanLink = typeof PlanLink.Type

/**
 * A priority (or theme priority, `EWB1`) of the plan.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanPriorityAdded = Schema.TaggedStruct("PlanPriorityAdded", {
  planId: PlanId,
  code: NonEmptyTrimmedString,
  title: NonEmptyTrimmedString,
  theme: Schema.optional(NonEmptyTrimmedString),
  ecmOutcome: Schema.optional(EcmOutcome),
  links: Schema.Array(PlanLink),
  /** The link cell as printed (since schema version 4), so text no rule read can be shown. */
  linksStated: Schema.optional(NonEmptyTrimmedString),
  /** In a county plan summarising each partnership's priorities, whose priority this is (since version 4). */
  partnership: Schema.optional(NonEmptyTrimmedString)
})

/**
 * Whether a plan leads on a target or supports another's lead.
 *
 * @category models
 * @since 0.4.0
 */
export const LeadRoleKind = Schema.Literals(["lead", "support"])

/**
 * A lead role or target the plan takes on, with its lead officer. Since schema version 4 the
 * codes the printed code cell names (`NI 117; LAA2 (II)`), each with its kind, and whether the
 * plan leads or supports, when the table says.
 *
 * @category events
 * @since 0.1.0
 */
export const LeadRoleAssigned = Schema.TaggedStruct("LeadRoleAssigned", {
  planId: PlanId,
  code: NonEmptyTrimmedString,
  description: NonEmptyTrimmedString,
  leadOfficer: PersonalData.personalText({ kind: "lead officer", subject: "self" }),
  links: Schema.optional(Schema.Array(PlanLink)),
  role: Schema.optional(LeadRoleKind)
})

/**
 * An indicator a plan lists as one it contributes to, with its title as printed — no values, no
 * lead: a contributing-indicators list.
 *
 * @category events
 * @since 0.4.0
 */
export const ContributingIndicatorListed = Schema.TaggedStruct("ContributingIndicatorListed", {
  planId: PlanId,
  code: NonEmptyTrimmedString,
  title: NonEmptyTrimmedString
})

/**
 * A key action, project or development: who is accountable (an officer, or lead partners such as
 * `Education / CSS / Health`), the priorities it serves, what it links to, what it should deliver
 * and by when (target dates as printed: `July 09`, `Ongoing 6 monthly`), and its resources as
 * printed in `funding` (`£10,000 – KCF`, `£27000 Aiming High`, `TBA`, `Staff time`). Dates and
 * resources are kept as stated; `TargetDate` and `Resource` read structure out of them.
 *
 * @category events
 * @since 0.1.0
 */
export const KeyActionAdded = Schema.TaggedStruct("KeyActionAdded", {
  planId: PlanId,
  actionId: NonEmptyTrimmedString,
  title: NonEmptyTrimmedString,
  accountableManager: Schema.optional(PersonalData.personalText({ kind: "accountable manager", subject: "self" })),
  leadPartners: Schema.Array(NonEmptyTrimmedString),
  priorityCodes: Schema.Array(NonEmptyTrimmedString),
  links: Schema.Array(PlanLink),
  plannedOutcomes: Schema.Array(NonEmptyTrimmedString),
  targetDates: Schema.Array(NonEmptyTrimmedString),
  funding: Schema.optional(NonEmptyTrimmedString),
  /** The link cell as printed (since schema version 4), so text no rule read can be shown. */
  linksStated: Schema.optional(NonEmptyTrimmedString)
})

/**
 * A risk the plan names, with its lead officer and the action it threatens.
 *
 * @category events
 * @since 0.1.0
 */
export const RiskRecorded = Schema.TaggedStruct("RiskRecorded", {
  planId: PlanId,
  riskId: NonEmptyTrimmedString,
  description: NonEmptyTrimmedString,
  leadOfficer: PersonalData.personalText({ kind: "lead officer", subject: "self" }),
  actionId: Schema.optional(NonEmptyTrimmedString)
})

/**
 * A consultation, survey or review the plan schedules.
 *
 * @category events
 * @since 0.1.0
 */
export const ConsultationRecorded = Schema.TaggedStruct("ConsultationRecorded", {
  planId: PlanId,
  consultationId: NonEmptyTrimmedString,
  name: NonEmptyTrimmedString,
  dates: Schema.optional(NonEmptyTrimmedString),
  feedbackDate: Schema.optional(NonEmptyTrimmedString),
  targetGroup: Schema.optional(NonEmptyTrimmedString),
  area: Schema.optional(NonEmptyTrimmedString),
  contractor: Schema.optional(NonEmptyTrimmedString),
  purpose: NonEmptyTrimmedString,
  /** `"not-stated"` (since schema version 4) when the plan does not say whether it is statutory. */
  statutory: Schema.Union([Schema.Boolean, Schema.Literal("not-stated")]),
  contact: Schema.optional(PersonalData.personalText({ kind: "contact", subject: "self" }))
})

/**
 * Whether a consultation is statutory, in the words a printed table uses: `yes`, `no`, or `not
 * stated` when the plan does not say.
 *
 * @category formatting
 * @since 0.4.0
 */
export const statutoryWords = (statutory: boolean | "not-stated"): "yes" | "no" | "not stated" =>
  statutory === "not-stated" ? "not stated" : statutory ? "yes" : "no"

/**
 * A theme of the plan (a local plan's key theme, such as Emotional Well Being, or an Every Child
 * Matters outcome used as a theme), with the code its priorities carry.
 *
 * @category events
 * @since 0.2.0
 */
export const ThemeAdded = Schema.TaggedStruct("ThemeAdded", {
  planId: PlanId,
  code: NonEmptyTrimmedString,
  name: NonEmptyTrimmedString,
  ecmOutcome: Schema.optional(EcmOutcome),
  /** The theme's introductory text as printed (since schema version 4). */
  introduction: Schema.optional(NonEmptyTrimmedString)
})

/**
 * Where a key action stands at a monitoring date.
 *
 * @category models
 * @since 0.2.0
 */
export const ActionStatus = Schema.Literals(["not-started", "on-track", "completed", "slipped", "withdrawn"])

/**
 * @category models
 * @since 0.2.0
 */
export type ActionStatus = typeof ActionStatus.Type

/**
 * Progress on a key action recorded at a monitoring date (six-monthly monitoring, for instance):
 * its status, a note, and for a slipped action the new target date as stated. An action is never
 * deleted: it is completed, slipped or withdrawn with a reason.
 *
 * @category events
 * @since 0.2.0
 */
export const ActionProgressRecorded = Schema.TaggedStruct("ActionProgressRecorded", {
  planId: PlanId,
  actionId: NonEmptyTrimmedString,
  /** Absent (since schema version 4) when the monitoring record gives no date: never dated today. */
  recordedOn: Schema.optional(CalendarDate),
  status: ActionStatus,
  note: Schema.optional(PersonalData.personalText({ kind: "progress note", subject: "actor" })),
  revisedTargetDate: Schema.optional(NonEmptyTrimmedString)
})

/**
 * Who is heard in a plan's "what people say" statements.
 *
 * @category models
 * @since 0.2.0
 */
export const VoiceSpeaker = Schema.Literals(["parents", "children-and-young-people"])

/**
 * A short statement of what parents, or children and young people, said about a theme. Its
 * `voiceId` is the id the table gives it, or one made from its theme, speaker and words, so a
 * second survey's statements are added beside the first's (ledgers written before then hold ids
 * made from the statement's row, which a later statement of the same row replaced).
 *
 * @category events
 * @since 0.2.0
 */
export const VoiceRecorded = Schema.TaggedStruct("VoiceRecorded", {
  planId: PlanId,
  voiceId: NonEmptyTrimmedString,
  themeCode: NonEmptyTrimmedString,
  speaker: VoiceSpeaker,
  statement: PersonalData.personalText({ kind: "voice statement", subject: { field: "voiceId", within: "planId" } })
})

/**
 * Every event about what a plan says: its priorities, lead roles and targets, key actions, risks
 * and consultations.
 *
 * @category events
 * @since 0.2.0
 */
export const ContentEvent = Schema.Union([
  ThemeAdded,
  PlanPriorityAdded,
  LeadRoleAssigned,
  KeyActionAdded,
  ActionProgressRecorded,
  RiskRecorded,
  ConsultationRecorded,
  VoiceRecorded,
  ContributingIndicatorListed
])

/**
 * @category events
 * @since 0.2.0
 */
export type ContentEvent = typeof ContentEvent.Type
