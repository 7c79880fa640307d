import {
  ActionProgress,
  BudgetStatement,
  CurrentPlan,
  IndicatorScorecard,
  InMemoryEventStore,
  Ledger,
  ReconciliationFindings,
  StaffingTotals,
  VariationStatement
} from "@plan-ledger/core"
import { viewOf } from "@plan-ledger/core/testkit"
import { loadKentLcsp200910, PLAN_ID } from "@plan-ledger/example-kent-lcsp-2009-10"
import type { XlsxView } from "../src/index.js"

/**
 * Every view of Kent County Council's LCSP Service Level Business Plan 2009/10, as the bundled
 * example records it, in the order a whole-plan workbook holds them.
 */
export const kentViews = async (): Promise<ReadonlyArray<XlsxView>> => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  await loadKentLcsp200910(ledger)
  const state = await ledger.state()
  return [
    { view: "plan", plan: viewOf(CurrentPlan.project(state, PLAN_ID)) },
    { view: "actions", actions: viewOf(ActionProgress.project(state, PLAN_ID)) },
    { view: "budget", budget: viewOf(BudgetStatement.project(state, PLAN_ID)) },
    { view: "variations", variations: viewOf(VariationStatement.project(state, PLAN_ID)) },
    { view: "staffing", staffing: viewOf(StaffingTotals.project(state, PLAN_ID)) },
    { view: "scorecard", scorecard: viewOf(IndicatorScorecard.project(state, PLAN_ID)) },
    { view: "findings", findings: viewOf(ReconciliationFindings.project(state, PLAN_ID)) }
  ]
}
