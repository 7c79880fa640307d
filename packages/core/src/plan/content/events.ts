import { Schema } from "effect"
import { CalendarDate } from "../../period/Period.js"
import { PlanId } from "../PlanId.js"

/**
 * The five Every Child Matters outcomes every plan is organised under.
 *
 * @category models
 * @since 0.1.0
 */
export const EcmOutcome = Schema.Literal(
  "be-healthy",
  "stay-safe",
  "enjoy-and-achieve",
  "make-a-positive-contribution",
  "achieve-economic-well-being"
)

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
  kind: Schema.Literal(
    "cypp-priority",
    "cypp-outcome",
    "key-enabler",
    "indicator",
    "local-priority",
    "directorate-target",
    "laa-target",
    "strategy"
  ),
  code: Schema.NonEmptyTrimmedString
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
  code: Schema.NonEmptyTrimmedString,
  title: Schema.NonEmptyTrimmedString,
  theme: Schema.optional(Schema.NonEmptyTrimmedString),
  ecmOutcome: Schema.optional(EcmOutcome),
  links: Schema.Array(PlanLink)
})

/**
 * A lead role or target the plan takes on, with its lead officer.
 *
 * @category events
 * @since 0.1.0
 */
export const LeadRoleAssigned = Schema.TaggedStruct("LeadRoleAssigned", {
  planId: PlanId,
  code: Schema.NonEmptyTrimmedString,
  description: Schema.NonEmptyTrimmedString,
  leadOfficer: Schema.NonEmptyTrimmedString
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
  actionId: Schema.NonEmptyTrimmedString,
  title: Schema.NonEmptyTrimmedString,
  accountableManager: Schema.optional(Schema.NonEmptyTrimmedString),
  leadPartners: Schema.Array(Schema.NonEmptyTrimmedString),
  priorityCodes: Schema.Array(Schema.NonEmptyTrimmedString),
  links: Schema.Array(PlanLink),
  plannedOutcomes: Schema.Array(Schema.NonEmptyTrimmedString),
  targetDates: Schema.Array(Schema.NonEmptyTrimmedString),
  funding: Schema.optional(Schema.NonEmptyTrimmedString)
})

/**
 * A risk the plan names, with its lead officer and the action it threatens.
 *
 * @category events
 * @since 0.1.0
 */
export const RiskRecorded = Schema.TaggedStruct("RiskRecorded", {
  planId: PlanId,
  riskId: Schema.NonEmptyTrimmedString,
  description: Schema.NonEmptyTrimmedString,
  leadOfficer: Schema.NonEmptyTrimmedString,
  actionId: Schema.optional(Schema.NonEmptyTrimmedString)
})

/**
 * A consultation, survey or review the plan schedules.
 *
 * @category events
 * @since 0.1.0
 */
export const ConsultationRecorded = Schema.TaggedStruct("ConsultationRecorded", {
  planId: PlanId,
  consultationId: Schema.NonEmptyTrimmedString,
  name: Schema.NonEmptyTrimmedString,
  dates: Schema.optional(Schema.NonEmptyTrimmedString),
  feedbackDate: Schema.optional(Schema.NonEmptyTrimmedString),
  targetGroup: Schema.optional(Schema.NonEmptyTrimmedString),
  area: Schema.optional(Schema.NonEmptyTrimmedString),
  contractor: Schema.optional(Schema.NonEmptyTrimmedString),
  purpose: Schema.NonEmptyTrimmedString,
  statutory: Schema.Boolean,
  contact: Schema.optional(Schema.NonEmptyTrimmedString)
})

/**
 * A theme of the plan (a local plan's key theme, such as Emotional Well Being, or an Every Child
 * Matters outcome used as a theme), with the code its priorities carry.
 *
 * @category events
 * @since 0.2.0
 */
export const ThemeAdded = Schema.TaggedStruct("ThemeAdded", {
  planId: PlanId,
  code: Schema.NonEmptyTrimmedString,
  name: Schema.NonEmptyTrimmedString,
  ecmOutcome: Schema.optional(EcmOutcome)
})

/**
 * Where a key action stands at a monitoring date.
 *
 * @category models
 * @since 0.2.0
 */
export const ActionStatus = Schema.Literal("not-started", "on-track", "completed", "slipped", "withdrawn")

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
  actionId: Schema.NonEmptyTrimmedString,
  recordedOn: CalendarDate,
  status: ActionStatus,
  note: Schema.optional(Schema.NonEmptyTrimmedString),
  revisedTargetDate: Schema.optional(Schema.NonEmptyTrimmedString)
})

/**
 * Who is heard in a plan's "what people say" statements.
 *
 * @category models
 * @since 0.2.0
 */
export const VoiceSpeaker = Schema.Literal("parents", "children-and-young-people")

/**
 * A short statement of what parents, or children and young people, said about a theme.
 *
 * @category events
 * @since 0.2.0
 */
export const VoiceRecorded = Schema.TaggedStruct("VoiceRecorded", {
  planId: PlanId,
  voiceId: Schema.NonEmptyTrimmedString,
  themeCode: Schema.NonEmptyTrimmedString,
  speaker: VoiceSpeaker,
  statement: Schema.NonEmptyTrimmedString
})

/**
 * Every event about what a plan says: its priorities, lead roles and targets, key actions, risks
 * and consultations.
 *
 * @category events
 * @since 0.2.0
 */
export const ContentEvent = Schema.Union(
  ThemeAdded,
  PlanPriorityAdded,
  LeadRoleAssigned,
  KeyActionAdded,
  ActionProgressRecorded,
  RiskRecorded,
  ConsultationRecorded,
  VoiceRecorded
)

/**
 * @category events
 * @since 0.2.0
 */
export type ContentEvent = typeof ContentEvent.Type
