import type { BudgetLineFigures, MemorandumCategory, StatedLineFigures, StatedTotals, TotalsRow, UnlabelledRowType } from "../events.js"
import type { BudgetLineState } from "../BudgetState.js"
import { Result } from "effect"
import * as Fte from "../../../money/Fte.js"
import * as Money from "../../../money/Money.js"
import { type Period, priorYearLabel } from "../../../period/Period.js"
import type { LedgerState } from "../../../ledger/LedgerState.js"
import type { PlanState } from "../../PlanState.js"
import { findPlan, type PlanNotFound } from "../../views/PlanNotFound.js"

/**
 * The spending and income columns of a budget table, with gross and controllable expenditure
 * derived from them.
 *
 * @category models
 * @since 0.1.0
 */
export interface BudgetColumns extends BudgetLineFigures {
  readonly grossExpenditure: Money.Pence
  readonly controllableExpenditure: Money.Pence
}

/**
 * One row of the budget statement.
 *
 * @category models
 * @since 0.1.0
 */
export interface BudgetStatementLine extends BudgetColumns {
  readonly lineId: string
  /** The label as printed; empty for a row printed without one. */
  readonly activity: string
  /** What a row printed without a label is (`continuation` or `unlabelled`); `undefined` when labelled. */
  readonly rowType: UnlabelledRowType | undefined
  /** For a continuation row: the line it continues, which it is printed under. */
  readonly continues: string | undefined
  /** The plan whose whole budget this line carries, when one is linked. */
  readonly carriedPlanId: string | undefined
  readonly unit: string | undefined
  readonly cabinetMember: string | undefined
  /** Where the line's money comes from; `"unspecified"` when the plan does not say. */
  readonly fundingSource: string
  readonly prior: { readonly controllableExpenditure: Money.Pence; readonly fte: Fte.Fte } | undefined
  readonly stated: StatedLineFigures
  readonly formerActivities: ReadonlyArray<string>
}

/**
 * A memorandum item below the controllable totals.
 *
 * @category models
 * @since 0.1.0
 */
export interface MemorandumLine {
  readonly itemId: string
  /** The unit whose table the item belongs to; `undefined` for an item of the whole plan. */
  readonly unit: string | undefined
  readonly name: string
  readonly category: typeof MemorandumCategory.Type
  readonly amount: Money.Pence
  readonly priorAmount: Money.Pence | undefined
}

/**
 * One budget table as the council prints it: lines, controllable totals with the prior year's
 * column, memorandum items and the total cost of the unit. Every total is computed from the
 * lines; printed totals are carried alongside (`statedTotals`) for the reconciliation.
 *
 * @category models
 * @since 0.4.0
 */
export interface BudgetTable {
  readonly lines: ReadonlyArray<BudgetStatementLine>
  readonly totals: BudgetColumns & {
    readonly prior: { readonly controllableExpenditure: Money.Pence; readonly fte: Fte.Fte }
  }
  readonly memorandum: ReadonlyArray<MemorandumLine>
  readonly memorandumTotal: { readonly amount: Money.Pence; readonly priorAmount: Money.Pence }
  readonly totalCostOfUnit: { readonly amount: Money.Pence; readonly priorAmount: Money.Pence }
  readonly statedTotals: ReadonlyMap<TotalsRow, StatedTotals>
}

/**
 * The table of one unit (a portfolio or division) of a plan with several. `unit` is `undefined`
 * for the lines and items of such a plan that name no unit.
 *
 * @category models
 * @since 0.4.0
 */
export interface UnitBudgetTable extends BudgetTable {
  readonly unit: string | undefined
}

/**
 * A plan's revenue budget. Its own table holds every line and memorandum item of the plan, with
 * the totals the plan prints for itself. A plan set out by unit (a directorate business plan, one
 * budget per portfolio: a unit with printed totals or memorandum items of its own, or lines in two
 * or more units) also has one table per unit, in the order the units were first recorded; the
 * plan's table is then the grand total across them. Any other plan has none (`units` is empty),
 * even when all its lines name the one unit they sit in.
 *
 * @category models
 * @since 0.1.0
 */
export interface BudgetStatement extends BudgetTable {
  readonly planId: string
  readonly title: string
  readonly period: Period
  readonly units: ReadonlyArray<UnitBudgetTable>
}

/**
 * The budget table's column headings as the council prints them, in its order: the prior year's
 * controllable expenditure and FTE, the activity, the figures, the cabinet member.
 *
 * @example
 * import { BudgetStatement, Period } from "@plan-ledger/core"
 * BudgetStatement.columnHeadings(Period.financialYear("2009/10"))[0] // "2008-09 Controllable Expenditure £000's"
 *
 * @category formatting
 * @since 0.3.0
 */
export const columnHeadings = (period: Period): ReadonlyArray<string> => {
  const prior = priorYearLabel(period)
  return [
    `${prior} Controllable Expenditure £000's`,
    `${prior} FTE`,
    "Activity",
    "FTE",
    "Employee Costs £000's",
    "Running Costs £000's",
    "Contracts & Projects £000's",
    "Gross Expenditure £000's",
    "External Income £000's",
    "Internal Income £000's",
    "Controllable Expenditure £000's",
    "Cabinet Member"
  ]
}

/**
 * Gross expenditure: employee costs + running costs + contracts and projects.
 *
 * @category derivations
 * @since 0.1.0
 */
export const grossExpenditure = (figures: BudgetLineFigures): Money.Pence =>
  Money.sum([figures.employeeCosts, figures.runningCosts, figures.contractsAndProjects])

/**
 * Controllable expenditure: gross expenditure + external income + internal income (incomes are
 * negative).
 *
 * @category derivations
 * @since 0.1.0
 */
export const controllableExpenditure = (figures: BudgetLineFigures): Money.Pence =>
  Money.sum([grossExpenditure(figures), figures.externalIncome, figures.internalIncome])

const withDerived = (figures: BudgetLineFigures): BudgetColumns => ({
  ...figures,
  grossExpenditure: grossExpenditure(figures),
  controllableExpenditure: controllableExpenditure(figures)
})

// The lines in the order the plan records them, each continuation row printed under the line it
// continues (after that line's earlier continuations), wherever it was recorded.
const inPrintedOrder = (lines: ReadonlyArray<BudgetLineState>): ReadonlyArray<BudgetLineState> => {
  const continuations = new Map<string, Array<BudgetLineState>>()
  for (const line of lines) {
    if (line.continues !== undefined) continuations.set(line.continues, [...(continuations.get(line.continues) ?? []), line])
  }
  return lines.flatMap((line) => (line.continues === undefined ? [line, ...(continuations.get(line.lineId) ?? [])] : []))
}

const tableOf = (
  lines: ReadonlyArray<BudgetStatementLine>,
  memorandum: ReadonlyArray<MemorandumLine>,
  statedTotals: ReadonlyMap<TotalsRow, StatedTotals>
): BudgetTable => {
  const column = (pick: (line: BudgetStatementLine) => Money.Pence): Money.Pence => Money.sum(lines.map(pick))
  const totals: BudgetTable["totals"] = {
    fte: Fte.sum(lines.map((line) => line.fte)),
    employeeCosts: column((line) => line.employeeCosts),
    runningCosts: column((line) => line.runningCosts),
    contractsAndProjects: column((line) => line.contractsAndProjects),
    grossExpenditure: column((line) => line.grossExpenditure),
    externalIncome: column((line) => line.externalIncome),
    internalIncome: column((line) => line.internalIncome),
    controllableExpenditure: column((line) => line.controllableExpenditure),
    prior: {
      controllableExpenditure: column((line) => line.prior?.controllableExpenditure ?? Money.zero),
      fte: Fte.sum(lines.map((line) => line.prior?.fte ?? Fte.zero))
    }
  }
  const memorandumTotal = {
    amount: Money.sum(memorandum.map((item) => item.amount)),
    priorAmount: Money.sum(memorandum.map((item) => item.priorAmount ?? Money.zero))
  }
  return {
    lines,
    totals,
    memorandum,
    memorandumTotal,
    totalCostOfUnit: {
      amount: Money.add(totals.controllableExpenditure, memorandumTotal.amount),
      priorAmount: Money.add(totals.prior.controllableExpenditure, memorandumTotal.priorAmount)
    },
    statedTotals
  }
}

// The units a plan's budget is set out by, in the order they were first recorded (lines, then
// printed totals, then memorandum items); with any, `undefined` stands for what names none. A
// budget is set out by unit when a unit has printed totals or memorandum items of its own, or its
// lines sit in two or more units; lines that all sit in one unit, closed by the plan's own
// totals, are one table — the plan's.
const unitsOf = (
  plan: PlanState,
  lines: ReadonlyArray<BudgetStatementLine>,
  memorandum: ReadonlyArray<MemorandumLine>
): ReadonlyArray<string | undefined> => {
  const lineUnits = new Set(lines.flatMap((line) => (line.unit === undefined ? [] : [line.unit])))
  const byUnit = plan.unitStatedTotals.size > 0 || memorandum.some((item) => item.unit !== undefined) || lineUnits.size >= 2
  if (!byUnit) return []
  const units = new Set<string | undefined>([...lineUnits, ...plan.unitStatedTotals.keys(), ...memorandum.map((item) => item.unit)])
  units.delete(undefined)
  const unnamed = lines.some((line) => line.unit === undefined) || memorandum.some((item) => item.unit === undefined)
  return unnamed ? [...units, undefined] : [...units]
}

const statementOf = (plan: PlanState): BudgetStatement => {
  const lines = inPrintedOrder([...plan.budgetLines.values()]).map((line): BudgetStatementLine => ({
    lineId: line.lineId,
    activity: line.activity,
    rowType: line.rowType,
    continues: line.continues,
    carriedPlanId: line.carriedPlanId,
    unit: line.unit,
    cabinetMember: line.cabinetMember,
    fundingSource: line.fundingSource,
    ...withDerived(line.figures),
    prior: line.prior,
    stated: line.stated,
    formerActivities: line.formerActivities
  }))
  const memorandum = [...plan.memorandumItems.values()].map((item): MemorandumLine => ({
    itemId: item.itemId,
    unit: item.unit,
    name: item.name,
    category: item.category,
    amount: item.amount,
    priorAmount: item.priorAmount
  }))
  const units = unitsOf(plan, lines, memorandum).map((unit): UnitBudgetTable => ({
    unit,
    ...tableOf(
      lines.filter((line) => line.unit === unit),
      memorandum.filter((item) => item.unit === unit),
      (unit === undefined ? undefined : plan.unitStatedTotals.get(unit)) ?? new Map()
    )
  }))
  return { planId: plan.planId, title: plan.title, period: plan.period, ...tableOf(lines, memorandum, plan.statedTotals), units }
}

/**
 * A row's figures as the budget book prints them between the activity and the controllable
 * expenditure: FTE, then employee costs, running costs, contracts and projects, gross expenditure,
 * external income and internal income in £000 with one decimal — the cells every renderer of the
 * statement shares.
 *
 * @category formatting
 * @since 0.3.0
 */
export const printedFigures = (columns: BudgetColumns): ReadonlyArray<string> => [
  Fte.format(columns.fte),
  Money.formatThousands(columns.employeeCosts),
  Money.formatThousands(columns.runningCosts),
  Money.formatThousands(columns.contractsAndProjects),
  Money.formatThousands(columns.grossExpenditure),
  Money.formatThousands(columns.externalIncome),
  Money.formatThousands(columns.internalIncome)
]

/**
 * Projects a plan's budget statement, or `PlanNotFound`.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): Result.Result<BudgetStatement, PlanNotFound> =>
  Result.map(findPlan(ledger, planId), statementOf)
