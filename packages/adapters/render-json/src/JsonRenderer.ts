import {
  type BudgetStatement,
  Fte,
  type IndicatorScorecard,
  Money,
  Period,
  type ReconciliationFindings,
  type StaffingTotals,
  type VariationStatement
} from "@plan-ledger/core"
import { type Renderer, type TextChunks, textChunks } from "@plan-ledger/core/adapters"
import { indicatorRollUpJson, partnershipListJson, partnershipProfileJson } from "./PartnershipJson.js"
import { crossPlanReportJson } from "./CrossPlanJson.js"
import { jsonChunks } from "./JsonChunks.js"
import { diffJson, historyJson } from "./ChangeJson.js"
import { actionProgressJson, contentFindingsJson, currentPlanJson, planListJson } from "./PlanJson.js"

const pounds = Money.toPounds
const fte = Fte.toNumber

const columns = (figures: BudgetStatement.BudgetColumns) => ({
  fte: fte(figures.fte),
  employeeCosts: pounds(figures.employeeCosts),
  runningCosts: pounds(figures.runningCosts),
  contractsAndProjects: pounds(figures.contractsAndProjects),
  grossExpenditure: pounds(figures.grossExpenditure),
  externalIncome: pounds(figures.externalIncome),
  internalIncome: pounds(figures.internalIncome),
  controllableExpenditure: pounds(figures.controllableExpenditure)
})

// One budget table: a unit's, or the plan's own (in a plan set out by unit, `units` tells which
// unit each line and item is in).
const budgetTableJson = (table: BudgetStatement.BudgetTable) => ({
  lines: table.lines.map((line) => ({
    lineId: line.lineId,
    activity: line.activity,
    rowType: line.rowType ?? "line",
    continues: line.continues ?? null,
    carriesPlan: line.carriedPlanId ?? null,
    ...columns(line),
    cabinetMember: line.cabinetMember ?? null,
    fundingSource: line.fundingSource,
    prior:
      line.prior === undefined ? null : { controllableExpenditure: pounds(line.prior.controllableExpenditure), fte: fte(line.prior.fte) }
  })),
  totals: {
    ...columns(table.totals),
    prior: { controllableExpenditure: pounds(table.totals.prior.controllableExpenditure), fte: fte(table.totals.prior.fte) }
  },
  memorandum: table.memorandum.map((item) => ({
    name: item.name,
    amount: pounds(item.amount),
    priorAmount: item.priorAmount === undefined ? null : pounds(item.priorAmount)
  })),
  totalCostOfUnit: pounds(table.totalCostOfUnit.amount),
  priorTotalCostOfUnit: pounds(table.totalCostOfUnit.priorAmount)
})

/**
 * The budget statement in the JSON contract of `docs/cli.md`: the plan's table (in a plan of
 * several units, the grand total across them) and, only for such a plan, `units` — each unit's
 * table (`unit` is `null` for lines that name none).
 *
 * @category contract
 * @since 0.1.0
 */
export const budgetStatementJson = (view: BudgetStatement.BudgetStatement) => ({
  plan: view.planId,
  title: view.title,
  period: Period.label(view.period),
  ...budgetTableJson(view),
  units: view.units.length === 0 ? undefined : view.units.map((table) => ({ unit: table.unit ?? null, ...budgetTableJson(table) }))
})

/**
 * The variation statement in the JSON contract.
 *
 * @category contract
 * @since 0.1.0
 */
export const variationStatementJson = (view: VariationStatement.VariationStatement) => ({
  plan: view.planId,
  opening: { label: view.opening.label, amount: pounds(view.opening.amount), source: view.opening.source.kind },
  sections: view.sections.map((section) => ({
    section: section.section,
    items: section.items.map((item) => ({
      description: item.description,
      amount: pounds(item.amount),
      justification: item.justification ?? null
    })),
    subtotal: pounds(section.subtotal)
  })),
  closing: { label: view.closing.label, amount: pounds(view.closing.amount) },
  statedClosing: view.statedClosing === undefined ? null : { label: view.statedClosing.label, amount: pounds(view.statedClosing.amount) },
  recorded: view.recorded,
  budgetControllableTotal: view.budgetControllableTotal === undefined ? null : pounds(view.budgetControllableTotal),
  difference: view.difference === undefined ? null : pounds(view.difference)
})

const optionalFte = (value: Fte.Fte | undefined): number | null => (value === undefined ? null : fte(value))

// One staffing table: a unit's rows and subtotal, or the plan's rows and total.
const staffingTableJson = (table: StaffingTotals.StaffingTable) => ({
  rows: table.rows.map((row) => ({
    rowType: row.rowType,
    name: row.name,
    priorFte: optionalFte(row.priorFte),
    fte: optionalFte(row.fte),
    difference: optionalFte(row.difference)
  })),
  totals: {
    priorFte: fte(table.totals.priorFte),
    fte: fte(table.totals.fte),
    difference: fte(table.totals.difference),
    source: table.totals.source
  }
})

/**
 * Staffing totals in the JSON contract: the plan's rows and total (in an establishment by
 * portfolio, the grand total) and, only for a plan with units, `units` with each one's rows and
 * subtotal.
 *
 * @category contract
 * @since 0.1.0
 */
export const staffingTotalsJson = (view: StaffingTotals.StaffingTotals) => ({
  plan: view.planId,
  ...staffingTableJson(view),
  units: view.units.length === 0 ? undefined : view.units.map((table) => ({ unit: table.unit ?? null, ...staffingTableJson(table) })),
  externallyFunded: {
    fte: fte(view.externallyFunded.fte),
    sources: view.externallyFunded.sources.map((source) => ({ name: source.name, fte: fte(source.fte) }))
  },
  movements: view.movements.map((movement) => ({ name: movement.name, fte: fte(movement.fte) })),
  movementTotal: fte(view.movementTotal),
  explanation: view.explanation ?? null
})

/**
 * The indicator scorecard in the JSON contract.
 *
 * @category contract
 * @since 0.1.0
 */
export const scorecardJson = (view: IndicatorScorecard.IndicatorScorecard) => ({
  plan: view.planId,
  period: Period.label(view.period),
  tolerancePercent: view.tolerancePercent,
  indicators: view.indicators.map((row) => ({
    code: row.code,
    title: row.title,
    unit: row.unit,
    polarity: row.polarity,
    target:
      row.target === undefined
        ? null
        : {
            period: Period.label(row.target.period),
            value: row.target.value,
            qualifier: row.target.qualifiers.length === 0 ? null : row.target.qualifiers.join(", ")
          },
    latest: row.latest === undefined ? null : { period: Period.label(row.latest.period), kind: row.latest.kind, value: row.latest.value },
    status: row.status,
    direction: row.direction,
    unavailable: row.unavailable.map((value) => ({ period: Period.label(value.period), kind: value.kind, reason: value.reason }))
  }))
})

const findingFigure = (finding: ReconciliationFindings.Finding, value: number): number =>
  finding.measure === "money" ? pounds(Money.Pence.make(value)) : fte(Fte.Fte.make(value))

/**
 * Reconciliation findings in the JSON contract: money in pounds, FTE in FTE.
 *
 * @category contract
 * @since 0.1.0
 */
export const findingsJson = (findings: ReadonlyArray<ReconciliationFindings.Finding>) => ({
  findings: findings.map((finding) => ({
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    subject: finding.subject,
    measure: finding.measure,
    stated: findingFigure(finding, finding.stated),
    computed: findingFigure(finding, finding.computed),
    difference: findingFigure(finding, finding.difference),
    tolerance: findingFigure(finding, finding.tolerance),
    ...(finding.priorYearTotalAgrees === undefined ? {} : { priorYearTotalAgrees: finding.priorYearTotalAgrees })
  }))
})

// Each view as the JSON value the contract of `docs/cli.md` gives it; the renderers below write
// it as one string or in pieces. Typed over every method of the renderer, so a view added to the
// contract fails to compile until it is given here.
type JsonViews = { readonly [Method in Exclude<keyof Renderer, "format">]: (...args: Parameters<Renderer[Method]>) => unknown }

const JSON_VIEWS: JsonViews = {
  currentPlan: currentPlanJson,
  budgetStatement: budgetStatementJson,
  variationStatement: variationStatementJson,
  staffingTotals: staffingTotalsJson,
  scorecard: scorecardJson,
  findings: findingsJson,
  contentFindings: contentFindingsJson,
  checkReport: (findings, gaps) => ({ ...findingsJson(findings), contentFindings: contentFindingsJson(gaps).findings }),
  crossPlanReport: crossPlanReportJson,
  actionProgress: actionProgressJson,
  planList: planListJson,
  history: historyJson,
  diff: diffJson,
  partnershipList: partnershipListJson,
  partnershipProfile: partnershipProfileJson,
  indicatorRollUp: indicatorRollUpJson,
  subjectAccess: (view) => view
}

const writtenWith = <Output>(write: (value: unknown) => Output): Renderer<Output> =>
  ({
    format: "json",
    ...Object.fromEntries(
      Object.entries(JSON_VIEWS).map(([method, view]) => [
        method,
        (...args: ReadonlyArray<unknown>) => write((view as (...viewArgs: ReadonlyArray<unknown>) => unknown)(...args))
      ])
    )
  }) as unknown as Renderer<Output>

/**
 * The JSON output adapter.
 *
 * @example
 * import { BudgetStatement, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const budget = BudgetStatement.project(state, "lcsp-2009-10")
 * import { jsonRenderer } from "@plan-ledger/render-json"
 * if (budget._tag === "Success") process.stdout.write(jsonRenderer.budgetStatement(budget.success))
 *
 * @category renderers
 * @since 0.1.0
 */
export const jsonRenderer: Renderer = writtenWith((value) => `${JSON.stringify(value, null, 2)}\n`)

/**
 * The JSON output adapter writing each document in pieces (`TextChunks`), the same text to the
 * byte as {@link jsonRenderer}: what the command line prints, so a view too large for one string
 * (a budget of a million and a half lines) is still written.
 *
 * @example
 * import { BudgetStatement, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const budget = BudgetStatement.project(state, "lcsp-2009-10")
 * import { jsonChunkRenderer } from "@plan-ledger/render-json"
 * if (budget._tag === "Success") for (const chunk of jsonChunkRenderer.budgetStatement(budget.success).chunks) process.stdout.write(chunk)
 *
 * @category renderers
 * @since 0.4.0
 */
export const jsonChunkRenderer: Renderer<TextChunks> = writtenWith((value) => textChunks(jsonChunks(value)))
