import {
  BudgetStatement,
  CurrentPlan,
  type EventStore,
  IndicatorScorecard,
  LedgerState,
  ReconciliationFindings,
  StaffingTotals,
  VariationStatement
} from "@plan-ledger/core"

/** What a full replay measured. */
export interface ReplayFigures {
  readonly events: number
  readonly plans: number
  readonly seconds: number
  readonly eventsPerSecond: number
  readonly peakRssMegabytes: number
}

/**
 * Replays the whole store into every core projection: the ledger fold, then each plan's current
 * plan, budget statement, variation statement, staffing totals, scorecard and findings. Peak
 * memory is the process's maximum resident set size, so run this in a fresh process.
 */
export const replayIntoProjections = async (store: EventStore): Promise<ReplayFigures> => {
  const started = process.hrtime.bigint()
  const state = await LedgerState.fromStore(store)
  for (const planId of state.plans.keys()) {
    CurrentPlan.project(state, planId)
    BudgetStatement.project(state, planId)
    VariationStatement.project(state, planId)
    StaffingTotals.project(state, planId)
    IndicatorScorecard.project(state, planId)
    ReconciliationFindings.project(state, planId)
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return {
    events: state.eventCount,
    plans: state.plans.size,
    seconds,
    eventsPerSecond: Math.round(state.eventCount / seconds),
    peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024)
  }
}
