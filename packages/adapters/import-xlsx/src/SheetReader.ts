import { columnLetters, type ImportProblem, type TableField, type TableRecord, type TableSource } from "@plan-ledger/core/adapters"
import ExcelJS from "exceljs"
import { zipDamage } from "./ZipDamage.js"
import { meaningOf, shiftDecimal } from "./NumberFormat.js"

/**
 * What reading a workbook's sheet gives: its table as rows of cells, ready for any importer of
 * `@plan-ledger/import-csv`; every problem in its cells, located; or — when the sheet to read is
 * not named or not there — the workbook's sheet names, so the caller can say which to choose.
 *
 * @category models
 * @since 0.1.0
 */
export type SheetReading =
  | { readonly _tag: "Table"; readonly table: TableSource }
  | { readonly _tag: "Problems"; readonly problems: ReadonlyArray<ImportProblem> }
  | { readonly _tag: "ChooseSheet"; readonly sheets: ReadonlyArray<string>; readonly problem: string; readonly expected: string }

/** A cell's text, or why it has none to give. */
type CellReading =
  | { readonly ok: true; readonly value: string; readonly date?: boolean }
  | { readonly ok: false; readonly problem: string; readonly expected: string }

const text = (value: string): CellReading => ({ ok: true, value })

/**
 * A double written as plain decimal text: its shortest round-trip form (`String(n)`, so the cell
 * 1520.3 is "1520.3"), with an exponent written out (1e-7 is "0.0000001", 1e21 is
 * "1000000000000000000000"), so the importer's exact decimal rules judge every digit — a value too
 * precise for its column is refused there, never rounded.
 */
export const plainNumber = (value: number): string => {
  const shortest = String(value)
  const exponential = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest)
  if (exponential === null) return shortest
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = exponential
  const digits = whole + fraction
  const point = whole.length + Number(exponent)
  const plain =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`
  return sign + plain
}

const twoDigits = (value: number): string => String(value).padStart(2, "0")

/** A date cell as `YYYY-MM-DD`, with `THH:MM:SS` when it holds a time of day too. */
const dateText = (date: Date): string => {
  const day = `${String(date.getUTCFullYear()).padStart(4, "0")}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds()
  return seconds === 0
    ? day
    : `${day}T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`
}

const errorReading = (error: string): CellReading => ({
  ok: false,
  problem: `the cell shows the error ${error}`,
  expected: "a value: correct the cell (or the formula it holds) in Excel and save the workbook"
})

/** A number as the sheet shows it, by the cell's number format: exact text, or why not. */
const numberReading = (value: number, format: string | undefined): CellReading => {
  if (!Number.isFinite(value))
    return { ok: false, problem: "the cell holds a number that is not finite", expected: "a number Excel can show" }
  const meaning = meaningOf(format, value)
  if (meaning._tag === "Conditional")
    return {
      ok: false,
      problem: `the cell's number format ${JSON.stringify(meaning.format)} shows the value in a scale that depends on the value`,
      expected:
        "the cell formatted as Number, Percentage or with one fixed scale (Format Cells → Number), so the value shown is the value meant"
    }
  const shown = shiftDecimal(plainNumber(value), 2 * meaning.percent - 3 * meaning.thousandsScaling)
  return text(meaning.percent > 0 ? `${shown}%` : shown)
}

/** A cell's value as the importers read it: exact text as the sheet shows it, or why not. */
const valueReading = (value: ExcelJS.CellValue, format: string | undefined, result: unknown): CellReading => {
  if (value === null || value === undefined) return text("")
  if (typeof value === "string") return text(value)
  if (typeof value === "boolean") return text(value ? "TRUE" : "FALSE")
  if (typeof value === "number") return numberReading(value, format)
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { ok: false, problem: "the cell holds a date that is not a real date", expected: "a date written as YYYY-MM-DD" }
      : { ok: true, value: dateText(value), date: true }
  }
  if ("error" in value) return errorReading(value.error)
  if ("richText" in value) return text(value.richText.map((run) => run.text).join(""))
  if ("hyperlink" in value) return valueReading(value.text as ExcelJS.CellValue, format, undefined)
  const formula = "sharedFormula" in value ? (value.formula ?? value.sharedFormula) : value.formula
  // exceljs leaves a saved result of 0, "" or FALSE out of a formula cell's value (it copies only
  // truthy fields), so the result is read from the cell itself.
  const saved = value.result ?? result
  if (saved === undefined || saved === null) {
    return {
      ok: false,
      problem: `the formula =${formula} has no saved result (or one of empty text, which the workbook reader cannot tell from none)`,
      expected:
        "the workbook saved by Excel after it has calculated: open it in Excel, recalculate (F9) and save it — this reads the values Excel saved and never calculates a formula itself; a formula that gives empty text is best replaced by its value (Copy, then Paste Special → Values)"
    }
  }
  return valueReading(saved as ExcelJS.CellValue, format, undefined)
}

const cellReading = (cell: ExcelJS.Cell): CellReading =>
  valueReading(
    cell.value,
    cell.numFmt,
    cell.type === ExcelJS.ValueType.Formula ? (cell.model as { readonly result?: unknown }).result : undefined
  )

/**
 * A cell covered by a merged range other than its first: Excel shows the first cell's value across
 * the range, but the cell itself holds nothing, so reading it as blank would put £0 in a money
 * column or drop a note. It is refused, naming the range, unless the range shows nothing.
 */
const mergedReading = (cell: ExcelJS.Cell): CellReading => {
  const master = cellReading(cell.master)
  if (master.ok && master.value.trim() === "") return text("")
  return {
    ok: false,
    problem: `the cell is merged with ${cell.master.address}, whose value the sheet shows here too`,
    expected:
      "each value in its own cell: select the merged cells, choose Merge & Center → Unmerge Cells, and type the value into every cell that holds it"
  }
}

const isBlank = (reading: CellReading): boolean => reading.ok && reading.value.trim() === ""

const sheetList = (names: ReadonlyArray<string>): string => names.map((name) => `"${name}"`).join(", ")

// Every .xlsx file is a ZIP archive, which starts with a local file header's signature.
const startsAsZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/**
 * Reads one sheet of an `.xlsx` workbook into the rows of cells of a table. The first row with a
 * value is the header; the table's columns run from its first to its last non-empty header cell
 * and every later row with a value is read across them (blank rows are skipped). A workbook whose
 * parts fail their checksums is refused before any cell is read (`zipDamage`). Cells are read as
 * the sheet shows them, exactly: a number as its shortest round-trip decimal (1520.3 is "1520.3"),
 * moved by a percentage or thousands-scaling number format (`NumberFormat`), a formula as the
 * result Excel saved with it, rich text as its plain text, a hyperlink as its text, a date as
 * `YYYY-MM-DD` marked as a date, TRUE and FALSE as written, an empty cell as empty. A formula with
 * no saved result, a cell a merged range covers (other than its first), a conditional number
 * format, an error value (#N/A, #DIV/0!, …) or a value outside the table's columns is a problem
 * located by sheet, row and column letter, and the sheet yields no table.
 *
 * Without `sheetName`, a workbook's only sheet is read, or of several the one named `tableSheet`
 * (the sheet beside a view that holds its table in the importer's columns); a workbook with
 * several and none of that name, or a name it does not have, gives its sheet names to choose from.
 *
 * @category parsing
 * @since 0.1.0
 */
export const readSheet = async (fileName: string, bytes: Uint8Array, sheetName?: string, tableSheet?: string): Promise<SheetReading> => {
  const damage = startsAsZip(bytes) ? zipDamage(bytes) : undefined
  if (damage !== undefined)
    return {
      _tag: "Problems",
      problems: [
        {
          file: fileName,
          line: 1,
          column: 1,
          problem: `this is not a readable workbook: its ZIP archive is damaged (${damage})`,
          expected: "the workbook as it was saved: copy it again from where it came from, or open it in Excel and save it again"
        }
      ]
    }
  const workbook = new ExcelJS.Workbook()
  try {
    // A copy of exactly these bytes: a Node Buffer (what readFileSync returns) may be a view into a
    // larger shared buffer, and its slice() is another view, whose .buffer would hand the reader
    // whatever else that buffer holds; a workbook read there before could be read instead.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  } catch {
    return {
      _tag: "Problems",
      problems: [
        {
          file: fileName,
          line: 1,
          column: 1,
          problem: "this is not an Excel workbook (.xlsx) that can be read",
          expected:
            'a workbook saved by Excel as "Excel Workbook (.xlsx)" — an .xls or .ods file saved again in that format — or the sheet saved as "CSV UTF-8"'
        }
      ]
    }
  }
  const names = workbook.worksheets.map((sheet) => sheet.name)
  const worksheet =
    sheetName === undefined
      ? workbook.worksheets.length === 1
        ? workbook.worksheets[0]
        : workbook.worksheets.find((candidate) => candidate.name === tableSheet)
      : workbook.getWorksheet(sheetName)
  if (worksheet === undefined) {
    if (names.length === 0)
      return { _tag: "ChooseSheet", sheets: names, problem: "the workbook has no sheets", expected: "a workbook with the table on a sheet" }
    return sheetName === undefined
      ? {
          _tag: "ChooseSheet",
          sheets: names,
          problem: `the workbook has ${names.length} sheets: ${sheetList(names)}`,
          expected: `--sheet naming the one to import, such as --sheet "${names[0] ?? ""}"`
        }
      : {
          _tag: "ChooseSheet",
          sheets: names,
          problem: `the workbook has no sheet "${sheetName}"; its sheets are ${sheetList(names)}`,
          expected: "--sheet with one of those names, as Excel shows it on the sheet's tab"
        }
  }
  const sheet = worksheet.name
  const problems: Array<ImportProblem> = []
  const rows: Array<{ readonly line: number; readonly cells: ReadonlyArray<{ readonly column: number; readonly reading: CellReading }> }> =
    []
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Array<{ readonly column: number; readonly reading: CellReading }> = []
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells.push({ column, reading: cell.type === ExcelJS.ValueType.Merge ? mergedReading(cell) : cellReading(cell) })
    })
    if (cells.some((cell) => !isBlank(cell.reading))) rows.push({ line, cells })
  })
  const [header, ...data] = rows
  if (header === undefined) return { _tag: "Table", table: { sheet, records: [] } }
  const named = header.cells.filter((cell) => !isBlank(cell.reading)).map((cell) => cell.column)
  const first = Math.min(...named)
  const last = Math.max(...named)
  const nameOf = (column: number): { readonly columnName?: string } => {
    const reading = header.cells.find((cell) => cell.column === column)?.reading
    const name = reading?.ok === true ? reading.value.trim().toLowerCase() : ""
    return name === "" ? {} : { columnName: name }
  }
  const records: Array<TableRecord> = rows.map(({ line, cells }) => {
    const fields: Array<TableField> = []
    for (let column = first; column <= last; column += 1) {
      const reading = cells.find((cell) => cell.column === column)?.reading ?? text("")
      fields.push(
        reading.ok ? { value: reading.value, line, column, ...(reading.date === true ? { date: true } : {}) } : { value: "", line, column }
      )
    }
    return { line, fields }
  })
  for (const { line, cells } of [header, ...data]) {
    for (const { column, reading } of cells) {
      const located = {
        file: fileName,
        sheet,
        line,
        column,
        columnLabel: columnLetters(column),
        ...(line === header.line ? {} : nameOf(column))
      }
      if (!reading.ok) problems.push({ ...located, problem: reading.problem, expected: reading.expected })
      else if ((column < first || column > last) && !isBlank(reading))
        problems.push({
          ...located,
          problem: `a value outside the table, whose header runs from column ${columnLetters(first)} to ${columnLetters(last)}`,
          expected: "every value under a named column: name its column in the header row, or clear the cell"
        })
    }
  }
  return problems.length > 0 ? { _tag: "Problems", problems } : { _tag: "Table", table: { sheet, records } }
}
