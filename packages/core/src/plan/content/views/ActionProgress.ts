import { Result } from "effect"
import type { LedgerState } from "../../../ledger/LedgerState.js"
import type { ActionStatus } from "../events.js"
import type { PlanState } from "../../PlanState.js"
import { isOverdueOn, type KeyActionView, ofAction } from "./KeyActionView.js"
import { findPlan, type PlanNotFound } from "../../views/PlanNotFound.js"

/**
 * Which key actions to list: by status, by lead (a case-insensitive part of the lead as printed),
 * due on or before a date, or overdue on a date (due before it and neither completed nor
 * withdrawn).
 *
 * @category models
 * @since 0.2.0
 */
export interface ActionFilter {
  readonly status?: ActionStatus | undefined
  readonly lead?: string | undefined
  readonly dueBefore?: string | undefined
  readonly overdueOn?: string | undefined
}

/**
 * A plan's key actions with their latest progress, as a monitoring report lists them.
 *
 * @category models
 * @since 0.2.0
 */
export interface ActionProgress {
  readonly planId: string
  readonly title: string
  readonly filter: ActionFilter
  readonly actions: ReadonlyArray<KeyActionView & { readonly overdue: boolean | undefined }>
}

const matches =
  (filter: ActionFilter) =>
  (action: KeyActionView): boolean =>
    (filter.status === undefined || action.status === filter.status) &&
    (filter.lead === undefined || (action.lead ?? "").toLowerCase().includes(filter.lead.toLowerCase())) &&
    (filter.dueBefore === undefined || (action.dueBy !== undefined && action.dueBy <= filter.dueBefore)) &&
    (filter.overdueOn === undefined || isOverdueOn(action, filter.overdueOn))

const progressOf = (plan: PlanState, filter: ActionFilter): ActionProgress => ({
  planId: plan.planId,
  title: plan.title,
  filter,
  actions: [...plan.keyActions.values()]
    .map((action) => ofAction(plan, action))
    .filter(matches(filter))
    .map((action) => ({ ...action, overdue: filter.overdueOn === undefined ? undefined : isOverdueOn(action, filter.overdueOn) }))
})

/**
 * Projects a plan's key actions with their latest progress, filtered, or `PlanNotFound`.
 *
 * @category projections
 * @since 0.2.0
 */
export const project = (ledger: LedgerState, planId: string, filter: ActionFilter = {}): Result.Result<ActionProgress, PlanNotFound> =>
  Result.map(findPlan(ledger, planId), (plan) => progressOf(plan, filter))
