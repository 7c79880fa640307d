import type { Accumulator } from "../../internal/Accumulator.js"
import type { SliceHandlers } from "../../internal/SliceHandlers.js"
import type { Period } from "../../period/Period.js"
import type { LifecycleEvent, PlanDrafted, PlanKind } from "./events.js"

/**
 * Where a plan is in its lifecycle.
 *
 * @category models
 * @since 0.1.0
 */
export type PlanStatus = "draft" | "revised" | "approved" | "superseded"

/**
 * A recorded restatement of an approved plan, with its provenance.
 *
 * @category models
 * @since 0.1.0
 */
export interface RestatementRecord {
  readonly subject: string
  readonly authority: string
  readonly reason: string
  readonly actor: string
  readonly effectiveDate: string
}

/**
 * The lifecycle slice of a plan: what it is, for whom and when, and where it stands (drafted,
 * revised, approved, restated, superseded).
 *
 * @category models
 * @since 0.2.0
 */
export interface LifecycleState {
  readonly planId: string
  readonly kind: PlanKind
  readonly title: string
  readonly ownerId: string
  readonly period: Period
  readonly priorPlanId: string | undefined
  readonly status: PlanStatus
  readonly revisions: ReadonlyArray<string>
  readonly approval: { readonly approvedBy: string; readonly approvedOn: string } | undefined
  /** The plans that replaced this one on the date it was superseded: one, or several (a county-wide plan replaced by local ones). */
  readonly supersession: { readonly supersededBy: ReadonlyArray<string>; readonly supersededOn: string } | undefined
  readonly restatements: ReadonlyArray<RestatementRecord>
}

/**
 * The lifecycle slice of a freshly drafted plan.
 *
 * @category folds
 * @since 0.2.0
 */
export const drafted = (event: typeof PlanDrafted.Type): Accumulator<LifecycleState> => ({
  planId: event.planId,
  kind: event.kind,
  title: event.title,
  ownerId: event.ownerId,
  period: event.period,
  priorPlanId: event.priorPlanId,
  status: "draft",
  revisions: [],
  approval: undefined,
  supersession: undefined,
  restatements: []
})

/**
 * How each lifecycle event after the draft changes the slice.
 *
 * @category folds
 * @since 0.2.0
 */
export const lifecycleHandlers: SliceHandlers<Exclude<LifecycleEvent, typeof PlanDrafted.Type>, Accumulator<LifecycleState>> = {
  PlanRevised: (state, { revision }) => {
    state.revisions.push(revision)
    if (state.status === "draft") state.status = "revised"
  },
  PlanApproved: (state, { approvedBy, approvedOn }) => {
    state.status = "approved"
    state.approval = { approvedBy, approvedOn }
  },
  PlanRestated: (state, { subject, authority }, envelope) => {
    state.restatements.push({ subject, authority, reason: envelope.reason, actor: envelope.actor, effectiveDate: envelope.effectiveDate })
  },
  PlanSuperseded: (state, { supersededBy, supersededOn }) => {
    state.status = "superseded"
    state.supersession = { supersededBy: [...(state.supersession?.supersededBy ?? []), supersededBy], supersededOn }
  }
}
