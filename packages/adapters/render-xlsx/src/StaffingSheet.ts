import { Fte, type StaffingTotals, Unit } from "@plan-ledger/core"
import { address, blank, formula, fte, rowNumber, type SheetCell, type SheetRow, type SheetTable, text } from "./SheetTable.js"

const PRIOR_FTE = 3
const FTE = 4
const DIFFERENCE = 5

// A total is a formula over its rows (`count` of them from the row index `first`) when the rows
// carry the figures, else the figure the plan prints.
const totalCell = (column: number, first: number, count: number, source: StaffingTotals.TotalSource, total: Fte.Fte): SheetCell =>
  source === "rows" && count > 0
    ? formula(`SUM(${address(column, rowNumber(first))}:${address(column, rowNumber(first + count - 1))})`, Fte.toNumber(total), "fte")
    : fte(total)

// Difference = FTE − prior FTE, as a formula where the row has both.
const differenceCell = (row: number, difference: Fte.Fte | undefined, both: boolean): SheetCell =>
  both && difference !== undefined
    ? formula(`${address(FTE, row)}-${address(PRIOR_FTE, row)}`, Fte.toNumber(difference), "fte")
    : fte(difference)

const bandOrDivisionRow = (row: StaffingTotals.StaffingRow, index: number): SheetRow => ({
  cells: [
    text(row.name),
    text(row.rowType),
    fte(row.priorFte),
    fte(row.fte),
    differenceCell(rowNumber(index), row.difference, row.priorFte !== undefined && row.fte !== undefined)
  ]
})

// An establishment by portfolio: each unit's divisions and subtotal, then a TOTAL that adds up the
// subtotals where every unit's subtotal is a sum of its rows.
const unitRows = (view: StaffingTotals.StaffingTotals): Array<SheetRow> => {
  const rows: Array<SheetRow> = []
  const subtotalRows: Array<number> = []
  for (const unit of view.units) {
    const first = rows.length
    unit.rows.forEach((row, index) => rows.push(bandOrDivisionRow(row, first + index)))
    const subtotalRow = rowNumber(rows.length)
    subtotalRows.push(subtotalRow)
    rows.push({
      cells: [
        text(`Subtotal: ${Unit.displayName(unit.unit)}`),
        blank,
        totalCell(PRIOR_FTE, first, unit.rows.length, unit.totals.source.priorFte, unit.totals.priorFte),
        totalCell(FTE, first, unit.rows.length, unit.totals.source.fte, unit.totals.fte),
        differenceCell(subtotalRow, unit.totals.difference, true)
      ],
      bold: true
    })
  }
  const acrossUnits = (column: number, source: (unit: StaffingTotals.UnitStaffingTable) => StaffingTotals.TotalSource, total: Fte.Fte) =>
    view.units.every((unit) => source(unit) === "rows")
      ? formula(subtotalRows.map((row) => address(column, row)).join("+"), Fte.toNumber(total), "fte")
      : fte(total)
  const totalRow = rowNumber(rows.length)
  rows.push({
    cells: [
      text("TOTAL"),
      blank,
      acrossUnits(PRIOR_FTE, (unit) => unit.totals.source.priorFte, view.totals.priorFte),
      acrossUnits(FTE, (unit) => unit.totals.source.fte, view.totals.fte),
      differenceCell(totalRow, view.totals.difference, true)
    ],
    bold: true
  })
  return rows
}

const planRows = (view: StaffingTotals.StaffingTotals): Array<SheetRow> => {
  const rows = view.rows.map(bandOrDivisionRow)
  const totalRow = rowNumber(rows.length)
  rows.push({
    cells: [
      text("TOTAL"),
      blank,
      totalCell(PRIOR_FTE, 0, view.rows.length, view.totals.source.priorFte, view.totals.priorFte),
      totalCell(FTE, 0, view.rows.length, view.totals.source.fte, view.totals.fte),
      differenceCell(totalRow, view.totals.difference, true)
    ],
    bold: true
  })
  return rows
}

/**
 * The staffing table as a sheet: FTE by band or division for the prior and current year, the
 * difference as a formula, the TOTAL row as formulas over the rows (or the printed total when the
 * rows carry none); then the externally funded FTE by source and the justification of movement,
 * whose total is a formula too. An establishment by portfolio has each unit's divisions with a
 * subtotal row, and the TOTAL adds up the subtotals.
 *
 * @category sheets
 * @since 0.1.0
 */
export const staffingSheet = (view: StaffingTotals.StaffingTotals): SheetTable => {
  const rows = view.units.length === 0 ? planRows(view) : unitRows(view)
  for (const source of view.externallyFunded.sources)
    rows.push({ cells: [text(source.name), text("externally funded"), blank, fte(source.fte), blank] })
  if (view.movements.length > 0) {
    const first = rowNumber(rows.length)
    for (const movement of view.movements)
      rows.push({ cells: [text(movement.name), text("justification of movement"), blank, blank, fte(movement.fte)] })
    rows.push({
      cells: [
        text("Total justification of movement"),
        blank,
        blank,
        blank,
        formula(
          `SUM(${address(DIFFERENCE, first)}:${address(DIFFERENCE, rowNumber(rows.length - 1))})`,
          Fte.toNumber(view.movementTotal),
          "fte"
        )
      ],
      bold: true
    })
  }
  return {
    name: "Staffing",
    headers: ["", "Grouped by", "Prior FTE", "FTE", "Difference"],
    rows,
    notes: view.explanation === undefined ? [] : [`Explanation of changes: ${view.explanation}`]
  }
}
