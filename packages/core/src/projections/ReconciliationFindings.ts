import type { StatedTotals } from "../budget/events.js"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import type { PlanState } from "../plan/PlanState.js"
import * as BudgetStatement from "./BudgetStatement.js"
import type { LedgerState } from "./LedgerState.js"
import { requirePlan } from "./PlanNotFound.js"
import { HALF_UNIT, tolerance } from "./Rounding.js"
import * as StaffingTotals from "./StaffingTotals.js"
import * as VariationStatement from "./VariationStatement.js"

/**
 * What a finding is about.
 *
 * @category models
 * @since 0.1.0
 */
export type FindingCode =
  | "stated-total-mismatch"
  | "line-arithmetic-mismatch"
  | "variation-does-not-reconcile"
  | "movement-does-not-reconcile"
  | "restated-prior-year"

/**
 * `warning` when rounding of the published figures can explain the difference (at most half the
 * published unit for each rounded figure that enters the comparison); `error` beyond that.
 *
 * @category models
 * @since 0.1.0
 */
export type Severity = "warning" | "error"

/**
 * A place where a published table does not add up, or differs from another table. Amounts are
 * exact integers in the finding's `measure`: pence for money, hundredths for FTE.
 *
 * @category models
 * @since 0.1.0
 */
export interface Finding {
  readonly severity: Severity
  readonly code: FindingCode
  readonly subject: string
  readonly message: string
  readonly measure: "money" | "fte"
  readonly stated: number
  readonly computed: number
  readonly difference: number
  readonly tolerance: number
}

interface Comparison {
  readonly code: FindingCode
  readonly subject: string
  readonly what: string
  readonly measure: "money" | "fte"
  readonly stated: number | undefined
  readonly computed: number
  readonly tolerance: number
}

const format = (measure: "money" | "fte", value: number): string =>
  measure === "money" ? `£${Money.formatThousandsExact(Money.pence(value))}k` : `${Fte.formatExact(Fte.hundredths(value))} FTE`

const compare = (comparison: Comparison): ReadonlyArray<Finding> => {
  if (comparison.stated === undefined || comparison.stated === comparison.computed) return []
  const difference = comparison.stated - comparison.computed
  const severity: Severity = Math.abs(difference) <= comparison.tolerance ? "warning" : "error"
  return [
    {
      severity,
      code: comparison.code,
      subject: comparison.subject,
      message: `${comparison.what}: stated ${format(comparison.measure, comparison.stated)}, computed ${format(comparison.measure, comparison.computed)}, difference ${format(comparison.measure, difference)} — ${severity === "warning" ? "within the rounding of the published figures" : "more than rounding can explain; check the source table"}`,
      measure: comparison.measure,
      stated: comparison.stated,
      computed: comparison.computed,
      difference,
      tolerance: comparison.tolerance
    }
  ]
}

const lineArithmetic = (statement: BudgetStatement.BudgetStatement): ReadonlyArray<Finding> =>
  statement.lines.flatMap((line) => [
    ...compare({
      code: "line-arithmetic-mismatch",
      subject: `budget line "${line.activity}" gross expenditure`,
      what: `gross expenditure of "${line.activity}" is not employee + running + contracts`,
      measure: "money",
      stated: line.stated.grossExpenditure,
      computed: line.grossExpenditure,
      tolerance: tolerance(4, HALF_UNIT.budgetTable)
    }),
    ...compare({
      code: "line-arithmetic-mismatch",
      subject: `budget line "${line.activity}" controllable expenditure`,
      what: `controllable expenditure of "${line.activity}" is not gross + external income + internal income`,
      measure: "money",
      stated: line.stated.controllableExpenditure,
      computed: line.controllableExpenditure,
      tolerance: tolerance(6, HALF_UNIT.budgetTable)
    })
  ])

type MoneyTotalField = Exclude<keyof StatedTotals, "fte" | "priorFte">

const statedTotalRows = (statement: BudgetStatement.BudgetStatement): ReadonlyArray<Finding> => {
  const lineCount = statement.lines.length
  const memorandumCount = statement.memorandum.length
  const findings: Array<Finding> = []
  for (const [row, stated] of statement.statedTotals) {
    const rowLabel = row === "controllable-totals" ? "Controllable Totals" : "Total Cost of Unit"
    const isTotalCost = row === "total-cost-of-unit"
    const moneyFields: ReadonlyArray<readonly [MoneyTotalField, number, number]> = [
      ["employeeCosts", statement.totals.employeeCosts, lineCount],
      ["runningCosts", statement.totals.runningCosts, lineCount],
      ["contractsAndProjects", statement.totals.contractsAndProjects, lineCount],
      ["grossExpenditure", statement.totals.grossExpenditure, lineCount * 3],
      ["externalIncome", statement.totals.externalIncome, lineCount],
      ["internalIncome", statement.totals.internalIncome, lineCount],
      [
        "controllableExpenditure",
        isTotalCost ? statement.totalCostOfUnit.amount : statement.totals.controllableExpenditure,
        lineCount * 5 + (isTotalCost ? memorandumCount : 0)
      ],
      [
        "priorControllableExpenditure",
        isTotalCost ? statement.totalCostOfUnit.priorAmount : statement.totals.prior.controllableExpenditure,
        lineCount + (isTotalCost ? memorandumCount : 0)
      ]
    ]
    for (const [field, computed, summed] of moneyFields) {
      findings.push(
        ...compare({
          code: "stated-total-mismatch",
          subject: `${rowLabel} ${field}`,
          what: `the ${rowLabel} row's ${field} is not the sum of the lines`,
          measure: "money",
          stated: stated[field],
          computed,
          tolerance: tolerance(summed + 1, HALF_UNIT.budgetTable)
        })
      )
    }
    const fteFields: ReadonlyArray<readonly ["fte" | "priorFte", number]> = [
      ["fte", statement.totals.fte],
      ["priorFte", statement.totals.prior.fte]
    ]
    for (const [field, computed] of fteFields) {
      findings.push(
        ...compare({
          code: "stated-total-mismatch",
          subject: `${rowLabel} ${field}`,
          what: `the ${rowLabel} row's ${field} is not the sum of the lines`,
          measure: "fte",
          stated: stated[field],
          computed,
          tolerance: tolerance(lineCount + 1, HALF_UNIT.fteTable)
        })
      )
    }
  }
  return findings
}

const variation = (ledger: LedgerState, plan: PlanState, statement: BudgetStatement.BudgetStatement): ReadonlyArray<Finding> => {
  const hasVariation = plan.variationItems.size > 0 || plan.variationOpening !== undefined || plan.variationClosing !== undefined
  if (!hasVariation) return []
  const bridge = VariationStatement.project(ledger, plan.planId)
  const printsPriorColumn = statement.lines.some((line) => line.prior !== undefined)
  const itemCount = bridge.sections.reduce((count, section) => count + section.items.length, 0)
  const openingHalfUnit = bridge.opening.source.kind === "prior-plan" ? HALF_UNIT.budgetTable : HALF_UNIT.variationStatement
  const closingTolerance = openingHalfUnit + itemCount * HALF_UNIT.variationStatement
  return [
    ...compare({
      code: "variation-does-not-reconcile",
      subject: "variation statement closing budget vs budget statement",
      what: "the budget statement's controllable total differs from the variation statement's closing budget",
      measure: "money",
      stated: bridge.budgetControllableTotal,
      computed: bridge.closing.amount,
      tolerance: closingTolerance + (statement.lines.length * 5 + 1) * HALF_UNIT.budgetTable
    }),
    ...compare({
      code: "variation-does-not-reconcile",
      subject: "variation statement printed closing budget",
      what: "the closing budget printed in the variation statement is not the opening plus every item",
      measure: "money",
      stated: bridge.statedClosing?.amount,
      computed: bridge.closing.amount,
      tolerance: closingTolerance + HALF_UNIT.variationStatement
    }),
    ...compare({
      code: "variation-does-not-reconcile",
      subject: "variation statement opening budget vs prior-year column",
      what: "the opening budget printed in the variation statement differs from the budget table's prior-year controllable total",
      measure: "money",
      stated: bridge.opening.source.kind === "stated" && printsPriorColumn ? bridge.opening.amount : undefined,
      computed: statement.totals.prior.controllableExpenditure,
      tolerance: HALF_UNIT.variationStatement + (statement.lines.length + 1) * HALF_UNIT.budgetTable
    })
  ]
}

const staffing = (plan: PlanState): ReadonlyArray<Finding> => {
  const totals = StaffingTotals.project(plan)
  const rowCount = totals.rows.length
  const stated = totals.stated
  return [
    ...compare({
      code: "stated-total-mismatch",
      subject: "staffing total (prior year)",
      what: "the staffing table's prior-year total is not the sum of its rows",
      measure: "fte",
      stated: totals.totals.source.priorFte === "rows" ? stated?.priorFte : undefined,
      computed: totals.totals.priorFte,
      tolerance: tolerance(rowCount + 1, HALF_UNIT.fteTable)
    }),
    ...compare({
      code: "stated-total-mismatch",
      subject: "staffing total",
      what: "the staffing table's total is not the sum of its rows",
      measure: "fte",
      stated: totals.totals.source.fte === "rows" ? stated?.fte : undefined,
      computed: totals.totals.fte,
      tolerance: tolerance(rowCount + 1, HALF_UNIT.fteTable)
    }),
    ...compare({
      code: "movement-does-not-reconcile",
      subject: "staffing justification of movement",
      what: "the justification of movement does not add up to the change in total FTE",
      measure: "fte",
      stated: totals.movements.length === 0 ? undefined : totals.movementTotal,
      computed: totals.totals.difference,
      tolerance: tolerance(totals.movements.length + 2, HALF_UNIT.fteTable)
    })
  ]
}

const restatedPriorYear = (ledger: LedgerState, plan: PlanState, statement: BudgetStatement.BudgetStatement): ReadonlyArray<Finding> => {
  const priorPlan = plan.priorPlanId === undefined ? undefined : ledger.plans.get(plan.priorPlanId)
  if (priorPlan === undefined) return []
  const priorStatement = BudgetStatement.project(priorPlan)
  const priorLines = new Map(priorStatement.lines.map((line) => [line.lineId, line]))
  return statement.lines.flatMap((line) => {
    const own = priorLines.get(line.lineId)
    const what = (figure: string): string =>
      `this plan states the prior year's ${figure} of "${line.activity}" differently from plan "${priorPlan.planId}"${own === undefined ? ", which has no such line" : ""}`
    return [
      ...compare({
        code: "restated-prior-year",
        subject: `budget line "${line.activity}" prior-year controllable expenditure`,
        what: what("controllable expenditure"),
        measure: "money",
        stated: line.prior?.controllableExpenditure,
        computed: own?.controllableExpenditure ?? 0,
        tolerance: tolerance(6, HALF_UNIT.budgetTable)
      }),
      ...compare({
        code: "restated-prior-year",
        subject: `budget line "${line.activity}" prior-year FTE`,
        what: what("FTE"),
        measure: "fte",
        stated: line.prior?.fte,
        computed: own?.fte ?? 0,
        tolerance: tolerance(2, HALF_UNIT.fteTable)
      })
    ]
  })
}

/**
 * Every place a plan's published tables do not add up: printed totals against the sum of the
 * lines, each line's printed gross and controllable expenditure against its columns, the
 * variation statement against the budget, the justification of staffing movement against the
 * change, and prior-year figures restated against the prior plan. Nothing is "fixed": each
 * finding carries the stated and computed figures.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): ReadonlyArray<Finding> => {
  const plan = requirePlan(ledger, planId)
  const statement = BudgetStatement.project(plan)
  return [
    ...lineArithmetic(statement),
    ...statedTotalRows(statement),
    ...variation(ledger, plan, statement),
    ...staffing(plan),
    ...restatedPriorYear(ledger, plan, statement)
  ]
}
