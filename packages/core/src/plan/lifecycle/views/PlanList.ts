import type { LedgerState } from "../../../ledger/LedgerState.js"
import type { Period } from "../../../period/Period.js"
import type { PlanKind } from "../events.js"
import type { PlanStatus } from "../../PlanState.js"

/**
 * One plan the ledger holds.
 *
 * @category models
 * @since 0.2.0
 */
export interface PlanListEntry {
  readonly planId: string
  readonly title: string
  readonly kind: PlanKind
  readonly period: Period
  readonly ownerId: string
  readonly status: PlanStatus
}

/**
 * Every plan the ledger holds, in the order they were drafted: what a ledger holds at a glance.
 *
 * @category projections
 * @since 0.2.0
 */
export const project = (ledger: LedgerState): ReadonlyArray<PlanListEntry> =>
  [...ledger.plans.values()].map((plan) => ({
    planId: plan.planId,
    title: plan.title,
    kind: plan.kind,
    period: plan.period,
    ownerId: plan.ownerId,
    status: plan.status
  }))
