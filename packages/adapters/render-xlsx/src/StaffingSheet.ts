import { Fte, type StaffingTotals } from "@plan-ledger/core"
import { address, blank, formula, fte, rowNumber, type SheetCell, type SheetRow, type SheetTable, text } from "./SheetTable.js"

const PRIOR_FTE = 3
const FTE = 4
const DIFFERENCE = 5

// A total is a formula over the rows when the rows carry the figures, else the figure the plan prints.
const totalCell = (column: number, rows: number, source: StaffingTotals.TotalSource, total: Fte.Fte): SheetCell =>
  source === "rows" && rows > 0
    ? formula(`SUM(${address(column, rowNumber(0))}:${address(column, rowNumber(rows - 1))})`, Fte.toNumber(total), "fte")
    : fte(total)

// Difference = FTE − prior FTE, as a formula where the row has both.
const differenceCell = (row: number, difference: Fte.Fte | undefined, both: boolean): SheetCell =>
  both && difference !== undefined
    ? formula(`${address(FTE, row)}-${address(PRIOR_FTE, row)}`, Fte.toNumber(difference), "fte")
    : fte(difference)

/**
 * The staffing table as a sheet: FTE by band or division for the prior and current year, the
 * difference as a formula, the TOTAL row as formulas over the rows (or the printed total when the
 * rows carry none); then the externally funded FTE by source and the justification of movement,
 * whose total is a formula too.
 *
 * @category sheets
 * @since 0.1.0
 */
export const staffingSheet = (view: StaffingTotals.StaffingTotals): SheetTable => {
  const rows: Array<SheetRow> = view.rows.map((row, index) => ({
    cells: [
      text(row.name),
      text(row.rowType),
      fte(row.priorFte),
      fte(row.fte),
      differenceCell(rowNumber(index), row.difference, row.priorFte !== undefined && row.fte !== undefined)
    ]
  }))
  const totalRow = rowNumber(rows.length)
  rows.push({
    cells: [
      text("TOTAL"),
      blank,
      totalCell(PRIOR_FTE, view.rows.length, view.totals.source.priorFte, view.totals.priorFte),
      totalCell(FTE, view.rows.length, view.totals.source.fte, view.totals.fte),
      differenceCell(totalRow, view.totals.difference, true)
    ],
    bold: true
  })
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
