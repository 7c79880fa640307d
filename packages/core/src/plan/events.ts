import { Schema } from "effect"
import { CalendarDate, Period } from "../period/Period.js"
import { PlanId } from "./PlanId.js"

/**
 * The kinds of plan the council and its partnerships write.
 *
 * @category models
 * @since 0.1.0
 */
export const PlanKind = Schema.Literal(
  "annual-operating-plan",
  "service-business-plan",
  "directorate-business-plan",
  "local-children-and-young-peoples-plan"
)

/**
 * @category models
 * @since 0.1.0
 */
export type PlanKind = typeof PlanKind.Type

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
 * A plan was drafted for an owner and a period. `priorPlanId` names the previous year's plan,
 * whose budget opens this plan's variation statement when it is in the ledger.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanDrafted = Schema.TaggedStruct("PlanDrafted", {
  planId: PlanId,
  kind: PlanKind,
  title: Schema.NonEmptyTrimmedString,
  ownerId: Schema.NonEmptyTrimmedString,
  period: Period,
  priorPlanId: Schema.optional(PlanId)
})

/**
 * A new revision of a draft was issued for comment.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanRevised = Schema.TaggedStruct("PlanRevised", {
  planId: PlanId,
  revision: Schema.NonEmptyTrimmedString
})

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
 * A named body approved the plan on a date. From here on its figures change only by recorded
 * restatement.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanApproved = Schema.TaggedStruct("PlanApproved", {
  planId: PlanId,
  approvedBy: Schema.NonEmptyTrimmedString,
  approvedOn: CalendarDate
})

/**
 * An approved plan's figures were restated. The events that follow in the same append carry the
 * new figures; this one says what was restated and on whose authority.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanRestated = Schema.TaggedStruct("PlanRestated", {
  planId: PlanId,
  subject: Schema.NonEmptyTrimmedString,
  authority: Schema.NonEmptyTrimmedString
})

/**
 * A later plan replaced this one.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanSuperseded = Schema.TaggedStruct("PlanSuperseded", {
  planId: PlanId,
  supersededBy: PlanId,
  supersededOn: CalendarDate
})

/**
 * Every event about a plan's lifecycle and content (its budget, staffing and indicator events
 * are in their own modules but share the plan's stream).
 *
 * @category events
 * @since 0.1.0
 */
export const PlanContentEvent = Schema.Union(
  PlanDrafted,
  PlanRevised,
  PlanPriorityAdded,
  LeadRoleAssigned,
  KeyActionAdded,
  RiskRecorded,
  ConsultationRecorded,
  PlanApproved,
  PlanRestated,
  PlanSuperseded
)

/**
 * @category events
 * @since 0.1.0
 */
export type PlanContentEvent = typeof PlanContentEvent.Type
