import { BudgetStatement, Fte, type Money, Period, Unit } from "@plan-ledger/core"
import {
  address,
  blank,
  type FigureFormat,
  formula,
  fte,
  inThousands,
  rowNumber,
  type SheetCell,
  type SheetRow,
  type SheetTable,
  text,
  thousands
} from "./SheetTable.js"

// The budget table's columns, numbered as the sheet's columns (A is 1), in the council's order.
const PRIOR_CONTROLLABLE = 1
const PRIOR_FTE = 2
const ACTIVITY = 3
const FTE = 4
const EMPLOYEE_COSTS = 5
const RUNNING_COSTS = 6
const CONTRACTS_AND_PROJECTS = 7
const GROSS_EXPENDITURE = 8
const EXTERNAL_INCOME = 9
const INTERNAL_INCOME = 10
const CONTROLLABLE_EXPENDITURE = 11

// The columns a totals row adds up, with the projection's total of each and its format.
const totalledColumns = (totals: BudgetStatement.BudgetTable["totals"]): ReadonlyArray<readonly [number, number, FigureFormat]> => [
  [PRIOR_CONTROLLABLE, inThousands(totals.prior.controllableExpenditure), "thousands"],
  [PRIOR_FTE, Fte.toNumber(totals.prior.fte), "fte"],
  [FTE, Fte.toNumber(totals.fte), "fte"],
  [EMPLOYEE_COSTS, inThousands(totals.employeeCosts), "thousands"],
  [RUNNING_COSTS, inThousands(totals.runningCosts), "thousands"],
  [CONTRACTS_AND_PROJECTS, inThousands(totals.contractsAndProjects), "thousands"],
  [GROSS_EXPENDITURE, inThousands(totals.grossExpenditure), "thousands"],
  [EXTERNAL_INCOME, inThousands(totals.externalIncome), "thousands"],
  [INTERNAL_INCOME, inThousands(totals.internalIncome), "thousands"],
  [CONTROLLABLE_EXPENDITURE, inThousands(totals.controllableExpenditure), "thousands"]
]

// A row with the given cells in their columns and the rest blank.
const rowOf = (cells: ReadonlyMap<number, SheetCell>, bold: boolean): SheetRow => ({
  cells: Array.from({ length: CONTROLLABLE_EXPENDITURE + 1 }, (_, index) => cells.get(index + 1) ?? blank),
  bold
})

const lineRow = (line: BudgetStatement.BudgetStatementLine, row: number): SheetRow => {
  const at = (column: number): string => address(column, row)
  return rowOf(
    new Map([
      [PRIOR_CONTROLLABLE, thousands(line.prior?.controllableExpenditure)],
      [PRIOR_FTE, fte(line.prior?.fte)],
      [ACTIVITY, text(line.activity)],
      [FTE, fte(line.fte)],
      [EMPLOYEE_COSTS, thousands(line.employeeCosts)],
      [RUNNING_COSTS, thousands(line.runningCosts)],
      [CONTRACTS_AND_PROJECTS, thousands(line.contractsAndProjects)],
      [
        GROSS_EXPENDITURE,
        formula(`${at(EMPLOYEE_COSTS)}+${at(RUNNING_COSTS)}+${at(CONTRACTS_AND_PROJECTS)}`, inThousands(line.grossExpenditure), "thousands")
      ],
      [EXTERNAL_INCOME, thousands(line.externalIncome)],
      [INTERNAL_INCOME, thousands(line.internalIncome)],
      [
        CONTROLLABLE_EXPENDITURE,
        formula(
          `${at(GROSS_EXPENDITURE)}+${at(EXTERNAL_INCOME)}+${at(INTERNAL_INCOME)}`,
          inThousands(line.controllableExpenditure),
          "thousands"
        )
      ],
      [CONTROLLABLE_EXPENDITURE + 1, text(line.cabinetMember ?? "")]
    ]),
    false
  )
}

// One table's rows — a unit's, or a plan's only one — placed from the sheet's row `first` (an
// index, 0 for the row under the headings), and the row numbers of its two totals rows.
const tableRows = (
  view: BudgetStatement.BudgetTable,
  first: number
): { readonly rows: ReadonlyArray<SheetRow>; readonly totalsRow: number; readonly totalCostRow: number } => {
  const firstLine = rowNumber(first)
  const lastLine = rowNumber(first + view.lines.length - 1)
  const totalsRow = rowNumber(first + view.lines.length)
  const memorandumHeading = view.memorandum.length === 0 ? [] : [rowOf(new Map([[ACTIVITY, text("Memorandum Items")]]), true)]
  const firstMemorandum = rowNumber(first + view.lines.length + 1 + memorandumHeading.length)
  const lastMemorandum = firstMemorandum + view.memorandum.length - 1
  const columnSum = (column: number, result: number, format: FigureFormat): SheetCell =>
    view.lines.length === 0
      ? formula("0", result, format)
      : formula(`SUM(${address(column, firstLine)}:${address(column, lastLine)})`, result, format)
  const withMemorandum = (column: number, result: Money.Pence): SheetCell =>
    formula(
      view.memorandum.length === 0
        ? address(column, totalsRow)
        : `${address(column, totalsRow)}+SUM(${address(column, firstMemorandum)}:${address(column, lastMemorandum)})`,
      inThousands(result),
      "thousands"
    )
  const totalled = totalledColumns(view.totals)
  return {
    rows: [
      ...view.lines.map((line, index) => lineRow(line, rowNumber(first + index))),
      rowOf(
        new Map([
          [ACTIVITY, text("Controllable Totals")],
          ...totalled.map(([column, result, format]) => [column, columnSum(column, result, format)] as const)
        ]),
        true
      ),
      ...memorandumHeading,
      ...view.memorandum.map((item) =>
        rowOf(
          new Map([
            [PRIOR_CONTROLLABLE, thousands(item.priorAmount)],
            [ACTIVITY, text(item.name)],
            [CONTROLLABLE_EXPENDITURE, thousands(item.amount)]
          ]),
          false
        )
      ),
      rowOf(
        new Map([
          [ACTIVITY, text("Total Cost of Unit")],
          ...totalled.map(([column, result, format]) => [column, formula(address(column, totalsRow), result, format)] as const),
          [PRIOR_CONTROLLABLE, withMemorandum(PRIOR_CONTROLLABLE, view.totalCostOfUnit.priorAmount)],
          [CONTROLLABLE_EXPENDITURE, withMemorandum(CONTROLLABLE_EXPENDITURE, view.totalCostOfUnit.amount)]
        ]),
        true
      )
    ],
    totalsRow,
    totalCostRow: rowNumber(first + view.lines.length + 1 + memorandumHeading.length + view.memorandum.length)
  }
}

const heading = (name: string): SheetRow => rowOf(new Map([[ACTIVITY, text(name)]]), true)

// A plan of several units: each unit's table under its name, then the plan's total across units,
// each of its totals a formula adding up the units' totals rows.
const unitRows = (view: BudgetStatement.BudgetStatement): ReadonlyArray<SheetRow> => {
  const rows: Array<SheetRow> = []
  const placed: Array<{ readonly totalsRow: number; readonly totalCostRow: number }> = []
  for (const unit of view.units) {
    rows.push(heading(Unit.displayName(unit.unit)))
    const table = tableRows(unit, rows.length)
    for (const row of table.rows) rows.push(row)
    placed.push(table)
  }
  rows.push(heading("Plan total across units"))
  const acrossUnits = (column: number, row: (table: (typeof placed)[number]) => number, result: number, format: FigureFormat) =>
    formula(placed.map((table) => address(column, row(table))).join("+"), result, format)
  const totalled = totalledColumns(view.totals)
  rows.push(
    rowOf(
      new Map([
        [ACTIVITY, text("Controllable Totals")],
        ...totalled.map(([column, result, format]) => [column, acrossUnits(column, (table) => table.totalsRow, result, format)] as const)
      ]),
      true
    ),
    rowOf(
      new Map([
        [ACTIVITY, text("Total Cost of Unit")],
        ...totalled.map(([column, result, format]) => [column, acrossUnits(column, (table) => table.totalsRow, result, format)] as const),
        [
          PRIOR_CONTROLLABLE,
          acrossUnits(PRIOR_CONTROLLABLE, (table) => table.totalCostRow, inThousands(view.totalCostOfUnit.priorAmount), "thousands")
        ],
        [
          CONTROLLABLE_EXPENDITURE,
          acrossUnits(CONTROLLABLE_EXPENDITURE, (table) => table.totalCostRow, inThousands(view.totalCostOfUnit.amount), "thousands")
        ]
      ]),
      true
    )
  )
  return rows
}

/**
 * The budget statement as a sheet laid out like the council's table: the prior year's
 * controllable expenditure and FTE, each line's figures, and gross and controllable expenditure
 * as formulas over the line's own cells; the Controllable Totals row sums the lines, memorandum
 * items follow, and the Total Cost of Unit adds them to the controllable total — every total a
 * formula whose cached result is the projection's figure. A plan of several units has one such
 * table per unit under its name, then the plan's total across units, whose totals add up the
 * units' totals rows.
 *
 * @category sheets
 * @since 0.1.0
 */
export const budgetSheet = (view: BudgetStatement.BudgetStatement): SheetTable => ({
  name: "Budget",
  headers: BudgetStatement.columnHeadings(view.period),
  rows: view.units.length === 0 ? tableRows(view, 0).rows : unitRows(view),
  notes: [
    `${view.title} (${Period.label(view.period)}). Figures in £000: each cell holds the exact amount, shown to one decimal; totals, gross and controllable expenditure are formulas.`
  ]
})
