import ExcelJS from "exceljs"

/**
 * How a fuzzed table is written: a CSV file with its line ends, every field quoted or only those
 * that must be; or a workbook whose figures are numbers where an officer's would be — some shown
 * through a percentage or thousands-scaling format, as the officer sees them.
 */
export type FuzzFormat =
  | { readonly _tag: "csv"; readonly lineEnd: "\r\n" | "\n" | "\r"; readonly quoteAll: boolean }
  | { readonly _tag: "xlsx"; readonly numbers: boolean; readonly formats: boolean }

type Cells = Readonly<Record<string, string>>

const csvField = (value: string, quoteAll: boolean): string =>
  quoteAll || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value

/** The rows as CSV text, RFC 4180 quoting, with the format's line ends. */
export const csvText = (columns: ReadonlyArray<string>, rows: ReadonlyArray<Cells>, lineEnd: string, quoteAll: boolean): string =>
  [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ""))]
    .map((fields) => fields.map((field) => csvField(field, quoteAll)).join(","))
    .join(lineEnd) + lineEnd

/** A plain decimal with its point moved by `places`, as text (`"0.4462"` from `"44.62"` and −2). */
const shifted = (decimal: string, places: number): string => {
  const negative = decimal.startsWith("-")
  const [whole = "", fraction = ""] = (negative ? decimal.slice(1) : decimal).split(".")
  const digits = whole + fraction
  const point = whole.length + places
  const padded = point <= 0 ? "0".repeat(1 - point) + digits : digits.padEnd(point, "0")
  const at = Math.max(point, 1)
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, "")
  const decimals = padded.slice(at).replace(/0+$/, "")
  return `${negative ? "-" : ""}${integer}${decimals === "" ? "" : `.${decimals}`}`
}

// eslint-disable-next-line no-control-regex -- the characters XML cannot hold are the point
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F]/g

/**
 * Text as Excel writes it into a workbook: characters XML cannot hold — a carriage return, a
 * control character — as `_xHHHH_`, and an underscore that would begin such an escape as
 * `_x005F_`, so a reader that follows the format gets every character back.
 */
const excelText = (text: string): string =>
  text.replace(NEEDS_ESCAPE, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)

// A figure a double holds exactly as written (String(Number(text)) gives it back) goes in as a
// number; any other text goes in as text, as a cell typed with a leading apostrophe would.
const exactNumber = (text: string): number | undefined =>
  /^-?\d+(\.\d+)?$/.test(text) && String(Number(text)) === text ? Number(text) : undefined

/**
 * The rows as an `.xlsx` workbook of one sheet: the header, then each row. With `numbers`, a
 * numeric column's plain figures are number cells; with `formats` too, an indicator's value is
 * stored as its fraction under a percentage format (44.62 as 0.4462 shown `44.62%`) and an amount
 * as pounds under a thousands-scaling format (1520.3 as 1520300 shown `1,520.3`), wherever the
 * double holds the moved value exactly — what the officer sees is what the file says.
 */
export const workbookBytes = async (
  columns: ReadonlyArray<string>,
  numeric: ReadonlyArray<string>,
  rows: ReadonlyArray<Cells>,
  format: { readonly numbers: boolean; readonly formats: boolean }
): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Table")
  sheet.addRow(columns.map(excelText))
  rows.forEach((row, index) => {
    const added = sheet.addRow(columns.map(() => null))
    columns.forEach((column, position) => {
      const text = row[column] ?? ""
      const cell = added.getCell(position + 1)
      const number = format.numbers && numeric.includes(column) ? exactNumber(text) : undefined
      if (number === undefined) {
        cell.value = text === "" ? null : excelText(text)
        return
      }
      const percent = column === "value" && format.formats && index % 2 === 0 ? exactNumber(shifted(text, -2)) : undefined
      const thousands =
        column !== "value" && column !== "fte" && column !== "prior_fte" && format.formats && index % 2 === 1
          ? exactNumber(shifted(text, 3))
          : undefined
      if (percent !== undefined) {
        cell.value = percent
        cell.numFmt = "0.00%"
      } else if (thousands !== undefined) {
        cell.value = thousands
        cell.numFmt = "#,##0.0,"
      } else cell.value = number
    })
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
