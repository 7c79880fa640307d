import { Schema } from "effect"
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
 * enabler (`A`), an indicator (`NI 117`), another local priority (`EWB1`), or a directorate
 * target (`2010 TARGET 16`).
 *
 * @category models
 * @since 0.1.0
 */
export const PlanLink = Schema.Struct({
  kind: Schema.Literal("cypp-priority", "cypp-outcome", "key-enabler", "indicator", "local-priority", "directorate-target"),
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
 * A key action, project or development: who is accountable, what it links to, what it should
 * deliver and by when (target dates as printed: `July 09`, `Ongoing 6 monthly`), and any small
 * budget with its funding source (`Aiming High`, `TBA`, `Staff time`).
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
 * Every event about what a plan says: its priorities, lead roles and targets, key actions, risks
 * and consultations.
 *
 * @category events
 * @since 0.2.0
 */
export const ContentEvent = Schema.Union(PlanPriorityAdded, LeadRoleAssigned, KeyActionAdded, RiskRecorded, ConsultationRecorded)

/**
 * @category events
 * @since 0.2.0
 */
export type ContentEvent = typeof ContentEvent.Type
