import { neutraliseFormula } from "@plan-ledger/core/adapters"
import ExcelJS from "exceljs"
import { match } from "ts-pattern"
import { excelText } from "./ExcelText.js"
import { NUMBER_FORMATS, type SheetCell, type SheetTable, shownText } from "./SheetTable.js"

// Wider than this, a column wraps its text instead of growing: a description stays readable
// without pushing the figures off the screen.
const MAX_COLUMN_WIDTH = 60
// Room for the cell's padding and a sort arrow.
const COLUMN_PADDING = 2
// Narrower than this, a figure column would be narrower than a spreadsheet's default column.
const MIN_COLUMN_WIDTH = 10

const cellValue = (cell: SheetCell): ExcelJS.CellValue =>
  match(cell)
    .with({ _tag: "Text" }, ({ text }) => excelText(neutraliseFormula(text)))
    .with({ _tag: "Figure" }, ({ value }) => value)
    .with({ _tag: "Formula" }, ({ formula, result }) => ({ formula, result }))
    .with({ _tag: "Blank" }, () => null)
    .exhaustive()

// Longest by a loop, never `Math.max(...lengths)`: a sheet of a hundred thousand rows would pass
// as many arguments, more than the stack holds.
const longest = (lengths: Iterable<number>): number => {
  let found = 0
  for (const length of lengths) found = Math.max(found, length)
  return found
}

const longestLine = (value: string): number => longest(value.split(/\r\n|\r|\n/).map((line) => line.length))

// A header may wrap at its spaces, so its longest word is the least it needs.
const longestWord = (value: string): number => longest(value.split(/\s+/).map((word) => word.length))

const columnWidth = (table: SheetTable, column: number): number => {
  const body = longest(table.rows.map((row) => longestLine(shownText(row.cells[column] ?? { _tag: "Blank" }))))
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.max(longestWord(table.headers[column] ?? ""), body) + COLUMN_PADDING))
}

// A sheet's name may not hold []:*?/\ and is at most 31 characters long.
const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31)

const addSheet = (workbook: ExcelJS.Workbook, table: SheetTable): void => {
  const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: "frozen", ySplit: 1 }] })
  sheet.columns = table.headers.map((_, column) => ({ width: columnWidth(table, column) }))
  const header = sheet.addRow(table.headers.map((name) => excelText(neutraliseFormula(name))))
  header.font = { bold: true }
  header.alignment = { vertical: "bottom", wrapText: true }
  for (const row of table.rows) {
    const added = sheet.addRow(row.cells.map(cellValue))
    row.cells.forEach((cell, column) => {
      const target = added.getCell(column + 1)
      if (cell._tag === "Figure" || cell._tag === "Formula") target.numFmt = NUMBER_FORMATS[cell.format]
      if (cell._tag === "Text") target.alignment = { vertical: "top", wrapText: longestLine(cell.text) + COLUMN_PADDING > MAX_COLUMN_WIDTH }
    })
    if (row.bold === true) added.font = { bold: true }
  }
  if (table.notes.length > 0) sheet.addRow([])
  for (const note of table.notes) sheet.addRow([excelText(neutraliseFormula(note))])
}

/**
 * Writes sheets into one `.xlsx` workbook, in order. Each sheet's header row is frozen, its
 * columns are as wide as their longest value (long text wraps), its figures carry their number
 * format and its formulas their cached results.
 *
 * @category writers
 * @since 0.1.0
 */
export const writeWorkbook = async (tables: ReadonlyArray<SheetTable>): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "plan-ledger"
  for (const table of tables) addSheet(workbook, table)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
