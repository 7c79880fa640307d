import { Schema } from "effect"
import { NonEmptyTrimmedString, PersonalData } from "@plan-ledger/eventstore"
import { CalendarDate, Period } from "../../period/Period.js"
import { PlanId } from "../PlanId.js"

/**
 * The kinds of plan the council and its partnerships write.
 *
 * @category models
 * @since 0.1.0
 */
export const PlanKind = Schema.Literals([
  "annual-operating-plan",
  "service-business-plan",
  "directorate-business-plan",
  "local-children-and-young-peoples-plan"
])

/**
 * @category models
 * @since 0.1.0
 */
export type PlanKind = typeof PlanKind.Type

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
  title: NonEmptyTrimmedString,
  ownerId: NonEmptyTrimmedString,
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
  revision: NonEmptyTrimmedString
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
  approvedBy: PersonalData.personalText({ kind: "approver", subject: "self" }),
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
  subject: NonEmptyTrimmedString,
  authority: PersonalData.personalText({ kind: "authority", subject: "self" })
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
 * Every event of a plan's lifecycle: drafted, revised, approved, restated, superseded.
 *
 * @category events
 * @since 0.2.0
 */
export const LifecycleEvent = Schema.Union([PlanDrafted, PlanRevised, PlanApproved, PlanRestated, PlanSuperseded])

/**
 * @category events
 * @since 0.2.0
 */
export type LifecycleEvent = typeof LifecycleEvent.Type
