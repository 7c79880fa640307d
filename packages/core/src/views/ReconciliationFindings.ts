import { Result } from "effect"
import type { StatedTotals } from "../plan/budget/events.js"
import type { PlanState } from "../plan/PlanState.js"
import * as BudgetLineSubject from "../plan/budget/BudgetLineSubject.js"
import * as BudgetStatement from "../plan/budget/views/BudgetStatement.js"
import * as FindingFigure from "../plan/views/FindingFigure.js"
import * as FindingSeverity from "../plan/views/FindingSeverity.js"
import * as PriorYearRestatements from "../plan/budget/views/PriorYearRestatements.js"
import type { LedgerState } from "../ledger/LedgerState.js"
import { findPlan, type PlanNotFound } from "../plan/views/PlanNotFound.js"
import { labelInUnit } from "../plan/Unit.js"
import { RECONCILIATION_TOLERANCE } from "../plan/views/Rounding.js"
import type { Finding, FindingCode } from "../plan/views/Finding.js"
import * as StaffingTotals from "../plan/staffing/views/StaffingTotals.js"
import * as VariationStatement from "../plan/budget/views/VariationStatement.js"

export type { Finding, FindingCode, Severity } from "../plan/views/Finding.js"

interface Comparison {
  readonly code: FindingCode
  readonly subject: string
  readonly what: string
  readonly measure: "money" | "fte"
  readonly stated: number | undefined
  readonly computed: number
  readonly tolerance: number
}

const format = FindingFigure.inText

const compare = (comparison: Comparison): ReadonlyArray<Finding> => {
  if (comparison.stated === undefined || comparison.stated === comparison.computed) return []
  const difference = comparison.stated - comparison.computed
  const severity = FindingSeverity.ofDifference(difference, comparison.tolerance)
  return [
    {
      severity,
      code: comparison.code,
      subject: comparison.subject,
      // Within rounding the figures agree as printed, so the message says so rather than calling
      // the table wrong; beyond rounding it names what does not add up.
      message:
        severity === "warning"
          ? `${comparison.subject}: stated ${format(comparison.measure, comparison.stated)} and computed ${format(comparison.measure, comparison.computed)} differ by ${format(comparison.measure, difference)}, which the rounding of the published figures explains`
          : `${comparison.what}: stated ${format(comparison.measure, comparison.stated)}, computed ${format(comparison.measure, comparison.computed)}, difference ${format(comparison.measure, difference)} — more than rounding can explain; check the source table`,
      measure: comparison.measure,
      stated: comparison.stated,
      computed: comparison.computed,
      difference,
      tolerance: comparison.tolerance
    }
  ]
}

const lineArithmetic = (statement: BudgetStatement.BudgetStatement): ReadonlyArray<Finding> =>
  statement.lines.flatMap((line) => {
    const name = labelInUnit(BudgetLineSubject.of(line), line.unit)
    return [
      ...compare({
        code: "line-arithmetic-mismatch",
        subject: `${name} gross expenditure`,
        what: `gross expenditure of ${name} is not employee + running + contracts`,
        measure: "money",
        stated: line.stated.grossExpenditure,
        computed: line.grossExpenditure,
        tolerance: RECONCILIATION_TOLERANCE.lineGrossExpenditure()
      }),
      ...compare({
        code: "line-arithmetic-mismatch",
        subject: `${name} controllable expenditure`,
        what: `controllable expenditure of ${name} is not gross + external income + internal income`,
        measure: "money",
        stated: line.stated.controllableExpenditure,
        computed: line.controllableExpenditure,
        tolerance: RECONCILIATION_TOLERANCE.lineControllableExpenditure()
      })
    ]
  })

// How a finding names the table it is about in a plan of several units.
const GRAND_TOTAL = "(grand total across units)"
const ofUnit = (unit: string): string => `of unit "${unit}"`

type MoneyTotalField = Exclude<keyof StatedTotals, "fte" | "priorFte">

// The totals row's columns as the published table heads them.
const TOTALS_COLUMN: { readonly [Field in keyof StatedTotals]-?: string } = {
  fte: "FTE",
  employeeCosts: "employee costs",
  runningCosts: "running costs",
  contractsAndProjects: "contracts & projects",
  grossExpenditure: "gross expenditure",
  externalIncome: "external income",
  internalIncome: "internal income",
  controllableExpenditure: "controllable expenditure",
  priorControllableExpenditure: "prior controllable expenditure",
  priorFte: "prior FTE"
}

// The printed totals rows of one table against its lines: a unit's table, or the plan's own (in a
// plan of several units, the grand total across them, named so).
const statedTotalRows = (statement: BudgetStatement.BudgetTable, table: string | undefined): ReadonlyArray<Finding> => {
  const lines = statement.lines.length
  const memorandumItems = statement.memorandum.length
  const findings: Array<Finding> = []
  for (const [row, stated] of statement.statedTotals) {
    const rowName = row === "controllable-totals" ? "Controllable Totals" : "Total Cost of Unit"
    const rowLabel = table === undefined ? rowName : `${rowName} ${table}`
    const isTotalCost = row === "total-cost-of-unit"
    const moneyFields: ReadonlyArray<readonly [MoneyTotalField, number, number]> = [
      ["employeeCosts", statement.totals.employeeCosts, RECONCILIATION_TOLERANCE.columnTotal(lines)],
      ["runningCosts", statement.totals.runningCosts, RECONCILIATION_TOLERANCE.columnTotal(lines)],
      ["contractsAndProjects", statement.totals.contractsAndProjects, RECONCILIATION_TOLERANCE.columnTotal(lines)],
      ["grossExpenditure", statement.totals.grossExpenditure, RECONCILIATION_TOLERANCE.grossTotal(lines)],
      ["externalIncome", statement.totals.externalIncome, RECONCILIATION_TOLERANCE.columnTotal(lines)],
      ["internalIncome", statement.totals.internalIncome, RECONCILIATION_TOLERANCE.columnTotal(lines)],
      isTotalCost
        ? ["controllableExpenditure", statement.totalCostOfUnit.amount, RECONCILIATION_TOLERANCE.totalCostOfUnit(lines, memorandumItems)]
        : ["controllableExpenditure", statement.totals.controllableExpenditure, RECONCILIATION_TOLERANCE.controllableTotal(lines)],
      isTotalCost
        ? [
            "priorControllableExpenditure",
            statement.totalCostOfUnit.priorAmount,
            RECONCILIATION_TOLERANCE.priorTotalCostOfUnit(lines, memorandumItems)
          ]
        : [
            "priorControllableExpenditure",
            statement.totals.prior.controllableExpenditure,
            RECONCILIATION_TOLERANCE.priorControllableTotal(lines)
          ]
    ]
    const fteFields: ReadonlyArray<readonly ["fte" | "priorFte", number, number]> = [
      ["fte", statement.totals.fte, RECONCILIATION_TOLERANCE.fteTotal(lines)],
      ["priorFte", statement.totals.prior.fte, RECONCILIATION_TOLERANCE.fteTotal(lines)]
    ]
    const measured = [
      ...moneyFields.map(([field, computed, tolerance]) => ({ field, computed, tolerance, measure: "money" as const })),
      ...fteFields.map(([field, computed, tolerance]) => ({ field, computed, tolerance, measure: "fte" as const }))
    ]
    for (const { field, computed, tolerance, measure } of measured) {
      findings.push(
        ...compare({
          code: "stated-total-mismatch",
          subject: `${rowLabel} ${TOTALS_COLUMN[field]}`,
          what: `the ${rowLabel} row's ${TOTALS_COLUMN[field]} is not the sum of the lines`,
          measure,
          stated: stated[field],
          computed,
          tolerance
        })
      )
    }
  }
  return findings
}

const variation = (
  plan: PlanState,
  statement: BudgetStatement.BudgetStatement,
  bridge: VariationStatement.VariationStatement
): ReadonlyArray<Finding> => {
  const hasVariation = plan.variationItems.size > 0 || plan.variationOpening !== undefined || plan.variationClosing !== undefined
  if (!hasVariation) return []
  const printsPriorColumn = statement.lines.some((line) => line.prior !== undefined)
  const items = bridge.sections.reduce((count, section) => count + section.items.length, 0)
  const openingFromPriorPlan = bridge.opening.source.kind === "prior-plan"
  const lines = statement.lines.length
  return [
    ...compare({
      code: "variation-does-not-reconcile",
      subject: "variation statement closing budget vs budget statement",
      what: "the budget statement's controllable total differs from the variation statement's closing budget",
      measure: "money",
      stated: bridge.budgetControllableTotal,
      computed: bridge.closing.amount,
      tolerance: RECONCILIATION_TOLERANCE.variationAgainstBudget(openingFromPriorPlan, items, lines)
    }),
    ...compare({
      code: "variation-does-not-reconcile",
      subject: "variation statement printed closing budget",
      what: "the closing budget printed in the variation statement is not the opening plus every item",
      measure: "money",
      stated: bridge.statedClosing?.amount,
      computed: bridge.closing.amount,
      tolerance: RECONCILIATION_TOLERANCE.variationPrintedClosing(openingFromPriorPlan, items)
    }),
    ...compare({
      code: "variation-does-not-reconcile",
      subject: "variation statement opening budget vs prior-year column",
      what: "the opening budget printed in the variation statement differs from the budget table's prior-year controllable total",
      measure: "money",
      stated: bridge.opening.source.kind === "stated" && printsPriorColumn ? bridge.opening.amount : undefined,
      computed: statement.totals.prior.controllableExpenditure,
      tolerance: RECONCILIATION_TOLERANCE.variationOpening(lines)
    })
  ]
}

// A staffing table's printed totals against its rows: a unit's subtotal, or the plan's total.
const staffingTable = (totals: StaffingTotals.StaffingTable, table: string | undefined): ReadonlyArray<Finding> => {
  const rowCount = totals.rows.length
  const stated = totals.stated
  const named = (label: string) => (table === undefined ? label : `${label} ${table}`)
  return [
    ...compare({
      code: "stated-total-mismatch",
      subject: named("staffing total (prior year)"),
      what: `${named("the staffing table's prior-year total")} is not the sum of its rows`,
      measure: "fte",
      stated: totals.totals.source.priorFte === "rows" ? stated?.priorFte : undefined,
      computed: totals.totals.priorFte,
      tolerance: RECONCILIATION_TOLERANCE.fteTotal(rowCount)
    }),
    ...compare({
      code: "stated-total-mismatch",
      subject: named("staffing total"),
      what: `${named("the staffing table's total")} is not the sum of its rows`,
      measure: "fte",
      stated: totals.totals.source.fte === "rows" ? stated?.fte : undefined,
      computed: totals.totals.fte,
      tolerance: RECONCILIATION_TOLERANCE.fteTotal(rowCount)
    })
  ]
}

const staffing = (totals: StaffingTotals.StaffingTotals): ReadonlyArray<Finding> => {
  const grand = totals.units.length === 0 ? undefined : GRAND_TOTAL
  return [
    ...totals.units.flatMap((unit) => (unit.unit === undefined ? [] : staffingTable(unit, ofUnit(unit.unit)))),
    ...staffingTable(totals, grand),
    ...compare({
      code: "movement-does-not-reconcile",
      subject: "staffing justification of movement",
      what: "the justification of movement does not add up to the change in total FTE",
      measure: "fte",
      stated: totals.movements.length === 0 ? undefined : totals.movementTotal,
      computed: totals.totals.difference,
      tolerance: RECONCILIATION_TOLERANCE.staffingMovement(totals.movements.length)
    })
  ]
}

/**
 * Every place a plan's published tables do not add up: printed totals against the sum of the
 * lines, each line's printed gross and controllable expenditure against its columns, the
 * variation statement against the budget, the justification of staffing movement against the
 * change, and prior-year figures restated against the prior plan. In a plan of several units
 * each unit's printed totals (budget and staffing) are checked against its own lines, and the
 * plan's printed grand total against every line; a finding names its unit. Nothing is "fixed":
 * each finding carries the stated and computed figures.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): Result.Result<ReadonlyArray<Finding>, PlanNotFound> =>
  Result.gen(function* () {
    const plan = yield* findPlan(ledger, planId)
    const statement = yield* BudgetStatement.project(ledger, planId)
    const bridge = yield* VariationStatement.project(ledger, planId)
    const totals = yield* StaffingTotals.project(ledger, planId)
    return [
      ...lineArithmetic(statement),
      ...statement.units.flatMap((table) => (table.unit === undefined ? [] : statedTotalRows(table, ofUnit(table.unit)))),
      ...statedTotalRows(statement, statement.units.length === 0 ? undefined : GRAND_TOTAL),
      ...variation(plan, statement, bridge),
      ...staffing(totals),
      ...PriorYearRestatements.findings(ledger, plan, statement)
    ]
  })
