import type { EnvelopeFacts } from "@plan-ledger/eventstore"
import type { BudgetState } from "./budget/BudgetState.js"
import type { ContentState } from "./content/ContentState.js"
import type { IndicatorsState } from "./indicators/IndicatorsState.js"
import type { LifecycleState } from "./lifecycle/LifecycleState.js"
import type { PlanEvent } from "./PlanEvent.js"
import { evolve } from "./PlanEvolve.js"
import type { StaffingState } from "./staffing/StaffingState.js"

export type { BudgetLineState, BudgetState, MemorandumItemState, StatedFigure, VariationItemState } from "./budget/BudgetState.js"
export type { ContentState } from "./content/ContentState.js"
export type { IndicatorsState, IndicatorValueState, PlanIndicatorState } from "./indicators/IndicatorsState.js"
export type { LifecycleState, PlanStatus, RestatementRecord } from "./lifecycle/LifecycleState.js"
export type { StaffingRowState, StaffingState } from "./staffing/StaffingState.js"
export { indicatorValueKey } from "./indicators/IndicatorsState.js"
export { staffingRowKey } from "./staffing/StaffingState.js"

/**
 * Everything a plan holds now: its slices (lifecycle, content, budget, staffing, indicators)
 * side by side. Read-only; read by the deciders and every projection.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanState extends LifecycleState, ContentState, BudgetState, StaffingState, IndicatorsState {}

/**
 * Folds a plan's history (its stream's events with their provenance) into its state, or
 * `undefined` when the history holds no draft.
 *
 * @example
 * import { PlanState } from "@plan-ledger/core"
 * const plan = PlanState.fold([]) // undefined: nothing drafted yet
 *
 * @category folds
 * @since 0.2.0
 */
export const fold = (history: Iterable<{ readonly data: PlanEvent } & EnvelopeFacts>): PlanState | undefined => {
  let plan: ReturnType<typeof evolve>
  for (const event of history) plan = evolve(plan, event.data, event)
  return plan
}
