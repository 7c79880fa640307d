import type {
  ActionProgress,
  BudgetStatement,
  CurrentPlan,
  IndicatorScorecard,
  PartnershipList,
  ReconciliationFindings,
  StaffingTotals,
  VariationStatement
} from "@plan-ledger/core"
import { match } from "ts-pattern"
import { actionsSheet } from "./ActionsSheet.js"
import { budgetSheet } from "./BudgetSheet.js"
import { findingsSheet } from "./FindingsSheet.js"
import { partnershipsSheet } from "./PartnershipsSheet.js"
import { planSheet } from "./PlanSheet.js"
import { scorecardSheet } from "./ScorecardSheet.js"
import type { SheetTable } from "./SheetTable.js"
import { staffingSheet } from "./StaffingSheet.js"
import { variationSheet } from "./VariationSheet.js"
import { writeWorkbook } from "./WorkbookWriter.js"

/**
 * A view a workbook can hold, tagged with its kind: a plan's views, or the partnerships.
 *
 * @category models
 * @since 0.1.0
 */
export type XlsxView =
  | { readonly view: "plan"; readonly plan: CurrentPlan.CurrentPlan }
  | { readonly view: "actions"; readonly actions: ActionProgress.ActionProgress }
  | { readonly view: "budget"; readonly budget: BudgetStatement.BudgetStatement }
  | { readonly view: "variations"; readonly variations: VariationStatement.VariationStatement }
  | { readonly view: "staffing"; readonly staffing: StaffingTotals.StaffingTotals }
  | { readonly view: "scorecard"; readonly scorecard: IndicatorScorecard.IndicatorScorecard }
  | { readonly view: "findings"; readonly findings: ReadonlyArray<ReconciliationFindings.Finding> }
  | { readonly view: "partnerships"; readonly partnerships: PartnershipList.PartnershipList }

const sheetOf = (view: XlsxView): SheetTable =>
  match(view)
    .with({ view: "plan" }, ({ plan }) => planSheet(plan))
    .with({ view: "actions" }, ({ actions }) => actionsSheet(actions))
    .with({ view: "budget" }, ({ budget }) => budgetSheet(budget))
    .with({ view: "variations" }, ({ variations }) => variationSheet(variations))
    .with({ view: "staffing" }, ({ staffing }) => staffingSheet(staffing))
    .with({ view: "scorecard" }, ({ scorecard }) => scorecardSheet(scorecard))
    .with({ view: "findings" }, ({ findings }) => findingsSheet(findings))
    .with({ view: "partnerships" }, ({ partnerships }) => partnershipsSheet(partnerships))
    .exhaustive()

/**
 * A whole plan as one `.xlsx` workbook: one sheet per view, in the order given, then any tables
 * given in an importer's columns (`importSheet`).
 *
 * @example
 * import { writeFileSync } from "node:fs"
 * import { BudgetStatement, InMemoryEventStore, Ledger, StaffingTotals } from "@plan-ledger/core"
 * import { renderXlsxWorkbook } from "@plan-ledger/render-xlsx"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const budget = BudgetStatement.project(state, "lcsp-2009-10")
 * const staffing = StaffingTotals.project(state, "lcsp-2009-10")
 * if (budget._tag === "Success" && staffing._tag === "Success")
 *   writeFileSync("plan.xlsx", await renderXlsxWorkbook([{ view: "budget", budget: budget.success }, { view: "staffing", staffing: staffing.success }]))
 *
 * @category renderers
 * @since 0.1.0
 */
export const renderXlsxWorkbook = (views: ReadonlyArray<XlsxView>, tables: ReadonlyArray<SheetTable> = []): Promise<Buffer> =>
  writeWorkbook([...views.map(sheetOf), ...tables])

/**
 * One view as an `.xlsx` workbook: its sheet, then any tables given in an importer's columns
 * (`importSheet`), so the workbook imports back.
 *
 * @example
 * import { writeFileSync } from "node:fs"
 * import { BudgetStatement, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const budget = BudgetStatement.project(state, "lcsp-2009-10")
 * import { renderXlsxView } from "@plan-ledger/render-xlsx"
 * if (budget._tag === "Success") writeFileSync("budget.xlsx", await renderXlsxView({ view: "budget", budget: budget.success }))
 *
 * @category renderers
 * @since 0.1.0
 */
export const renderXlsxView = (view: XlsxView, tables: ReadonlyArray<SheetTable> = []): Promise<Buffer> =>
  renderXlsxWorkbook([view], tables)
