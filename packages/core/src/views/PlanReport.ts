import { Result } from "effect"
import type { LedgerState } from "../ledger/LedgerState.js"
import * as ActionProgress from "../plan/content/views/ActionProgress.js"
import * as BudgetStatement from "../plan/budget/views/BudgetStatement.js"
import * as ContentFindings from "../plan/content/views/ContentFindings.js"
import * as CurrentPlan from "./CurrentPlan.js"
import type { HistoryEntry } from "./PlanHistory.js"
import * as IndicatorScorecard from "../plan/indicators/views/IndicatorScorecard.js"
import type { PlanNotFound } from "../plan/views/PlanNotFound.js"
import * as ReconciliationFindings from "./ReconciliationFindings.js"
import * as StaffingTotals from "../plan/staffing/views/StaffingTotals.js"
import * as VariationStatement from "../plan/budget/views/VariationStatement.js"

/**
 * Every view of one plan, side by side: what a report on the plan puts into one document.
 *
 * @category models
 * @since 0.3.0
 */
export interface PlanReport {
  readonly plan: CurrentPlan.CurrentPlan
  readonly actions: ActionProgress.ActionProgress
  readonly budget: BudgetStatement.BudgetStatement
  readonly variations: VariationStatement.VariationStatement
  readonly staffing: StaffingTotals.StaffingTotals
  readonly scorecard: IndicatorScorecard.IndicatorScorecard
  readonly findings: ReadonlyArray<ReconciliationFindings.Finding>
  readonly contentFindings: ReadonlyArray<ContentFindings.ContentFinding>
  readonly history: ReadonlyArray<HistoryEntry>
}

/**
 * What a report is read against: the date overdue actions are judged on, the scorecard's
 * tolerance, and the plan's history (read from its stream, which the ledger's state does not hold).
 *
 * @category models
 * @since 0.3.0
 */
export interface PlanReportOptions {
  readonly today: string
  readonly tolerancePercent?: number | undefined
  readonly history: ReadonlyArray<HistoryEntry>
}

/**
 * Projects every view of a plan at once, or `PlanNotFound`.
 *
 * @example
 * import { InMemoryEventStore, Ledger, PlanReport } from "@plan-ledger/core"
 * const ledger = Ledger.make({ store: InMemoryEventStore.make() })
 * const report = PlanReport.project(await ledger.state(), "lcsp-2009-10", { today: "2009-09-01", history: [] })
 *
 * @category projections
 * @since 0.3.0
 */
export const project = (ledger: LedgerState, planId: string, options: PlanReportOptions): Result.Result<PlanReport, PlanNotFound> =>
  Result.map(
    Result.all({
      plan: CurrentPlan.project(ledger, planId),
      actions: ActionProgress.project(ledger, planId),
      budget: BudgetStatement.project(ledger, planId),
      variations: VariationStatement.project(ledger, planId),
      staffing: StaffingTotals.project(ledger, planId),
      scorecard: IndicatorScorecard.project(
        ledger,
        planId,
        options.tolerancePercent === undefined ? {} : { tolerancePercent: options.tolerancePercent }
      ),
      findings: ReconciliationFindings.project(ledger, planId),
      contentFindings: ContentFindings.project(ledger, planId, { today: options.today })
    }),
    (views) => ({ ...views, history: options.history })
  )
