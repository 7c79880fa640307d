import { type PlanLink, PlanLinkText, Fte, Money, Period, PlanIdText } from "@plan-ledger/core"
import {
  columnLetters,
  type PlanReference,
  type ImportProblem,
  type TableField,
  type TableInput,
  type TableRecord,
  type TableSource
} from "@plan-ledger/core/adapters"
import { type CsvOptions, readCsv } from "./CsvReader.js"
import { plainNumber } from "./ExcelNumberText.js"
import { checkText } from "./TextInput.js"

/**
 * The columns a table format knows: the ones every file must have, and the optional ones. Any
 * other column is an error, so a typo never silently drops a figure.
 *
 * @category models
 * @since 0.1.0
 */
export interface TableFormat {
  readonly name: string
  readonly required: ReadonlyArray<string>
  readonly optional: ReadonlyArray<string>
}

const SHOWN_CHARACTERS = 40

/**
 * A cell's text as a message quotes it: in double quotes, control characters written as `\u…`,
 * cut to its first 40 characters and "…" — so a 400-digit value or a 10 MB field stays one short
 * line.
 *
 * @category formatting
 * @since 0.3.0
 */
export const shown = (value: string): string => {
  const head = Array.from(value.slice(0, SHOWN_CHARACTERS * 2 + 2))
  const cut = head.length > SHOWN_CHARACTERS ? head.slice(0, SHOWN_CHARACTERS).join("") : value
  const visible = cut.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001F\u007F-\u009F]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`
  )
  return `"${visible}${cut === value ? "" : "…"}"`
}

const MESSAGE_CHARACTERS = 300
const shortMessage = (message: string): string => {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const single = message.replace(/[\u0000-\u001F\u007F-\u009F]/g, " ")
  return single.length > MESSAGE_CHARACTERS ? `${single.slice(0, MESSAGE_CHARACTERS)}…` : single
}

/** The largest amount of pence (or hundredths of an FTE) a sum can reach and stay exact. */
const EXACT_LIMIT = BigInt(Number.MAX_SAFE_INTEGER)

/** Running totals, without signs, of the amounts and FTE figures of one file. */
interface Totals {
  money: bigint
  fte: bigint
  moneyReported: boolean
  fteReported: boolean
}

const decimalComplaint = (
  value: string,
  problem: Money.DecimalProblem,
  expected: string
): { readonly problem: string; readonly expected: string } => {
  switch (problem) {
    case "decimal-comma":
      return {
        problem: `${shown(value)} has a decimal comma`,
        expected: `a decimal point, such as ${value.trim().replace(",", ".")} — commas only between groups of three digits, as in 1,520.3`
      }
    case "misplaced-separator":
      return {
        problem: `${shown(value)} has a comma out of place`,
        expected: "commas only between groups of three digits, such as 1,520.3"
      }
    case "too-precise":
      return { problem: `${shown(value)} has more decimals than the unit holds`, expected }
    case "too-large":
      return {
        problem: `${shown(value)} is too large to hold exactly`,
        expected: `${expected}, at most ${Number.MAX_SAFE_INTEGER.toLocaleString("en-GB")} in its smallest unit`
      }
    case "not-a-number":
      return { problem: `${shown(value)} is not a number`, expected }
  }
}

/**
 * Reads the cells of one data row by column name, collecting every problem into the import's
 * list instead of stopping at the first. Every problem names its column.
 *
 * @category parsing
 * @since 0.1.0
 */
export class RowReader {
  constructor(
    private readonly fileName: string,
    private readonly record: TableRecord,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly problems: Array<ImportProblem>,
    private readonly totals: Totals = { money: 0n, fte: 0n, moneyReported: false, fteReported: false },
    private readonly source?: TableSource
  ) {}

  /** The line of the file this row is on (a sheet's row). */
  get line(): number {
    return this.record.line
  }

  /**
   * How a message names another line of the same table: "line 5" in a text file, "row 5" on a
   * workbook's sheet.
   */
  lineName(line: number): string {
    return `${this.sheet === undefined ? "line" : "row"} ${line}`
  }

  /** The workbook's sheet this row is on, if the table is one. */
  private get sheet(): string | undefined {
    return this.source?.sheet
  }

  /**
   * Records a problem at a column of this row. A column the file does not have is placed just
   * after its last column; without a column, the problem is at the first.
   */
  report(column: string | undefined, problem: string, expected: string): void {
    const index = column === undefined ? 0 : (this.columns.get(column) ?? this.record.fields.length)
    const columnName = column ?? [...this.columns].find(([, position]) => position === 0)?.[0]
    const last = this.record.fields.at(-1)
    this.problems.push({
      file: this.fileName,
      line: this.record.line,
      column: this.record.fields[index]?.column ?? (last?.column ?? 0) + 1,
      ...(columnName === undefined ? {} : { columnName }),
      problem: shortMessage(problem),
      expected: shortMessage(expected)
    })
  }

  /** The columns this row's reader has looked at: what it may record. */
  private readonly consulted = new Set<string>()

  /**
   * The columns whose cells hold a value this row's reader never looked at — a figure or a note
   * the row's type does not record. The table refuses them, so no cell of an accepted file is
   * silently left out of the ledger.
   */
  unconsulted(): ReadonlyArray<string> {
    return [...this.columns.keys()].filter((column) => !this.consulted.has(column) && (this.field(column)?.value.trim() ?? "") !== "")
  }

  private field(column: string): TableField | undefined {
    this.consulted.add(column)
    const index = this.columns.get(column)
    return index === undefined ? undefined : this.record.fields[index]
  }

  /** The trimmed text of a cell; `undefined` when the column is absent or the cell is empty. */
  text(column: string): string | undefined {
    const value = this.field(column)?.value.trim()
    return value === undefined || value === "" ? undefined : value
  }

  /**
   * Whether a cell where a number belongs holds a date (a workbook's date cell), reported as such:
   * a date is never read as the day number a spreadsheet keeps it as.
   */
  private dateInstead(column: string, expected: string): boolean {
    const field = this.field(column)
    if (field?.date !== true) return false
    this.report(column, `${shown(field.value.trim())} is a date`, `${expected}, in a cell formatted as a number rather than a date`)
    return true
  }

  /**
   * A plan id in a cell (`carries_plan`, `from_plan`); `undefined` when the cell is empty. A cell
   * that is not a plan id is reported at its place with the id it most likely means, and `valid`
   * says whether the row may still be recorded.
   */
  planId(column: string): { readonly valid: boolean; readonly planId: string | undefined } {
    const value = this.text(column)
    if (value === undefined || PlanIdText.isPlanId(value)) return { valid: true, planId: value }
    this.report(column, `${shown(value)} is not a plan id`, PlanIdText.expectedFor(value))
    return { valid: false, planId: undefined }
  }

  /** A cell that must not be empty. */
  requiredText(column: string, expected: string): string | undefined {
    const value = this.text(column)
    if (value === undefined) this.report(column, `${column} is blank`, expected)
    return value
  }

  /** One of a fixed set of values; `fallback` when the cell is empty. */
  choice<Value extends string>(column: string, values: ReadonlyArray<Value>, fallback?: Value): Value | undefined {
    const value = this.text(column)
    if (value === undefined) {
      if (fallback === undefined) this.report(column, `${column} is blank`, `one of ${values.join(", ")}`)
      return fallback
    }
    // "No", "YES", "On-Track": officers type a value in any case; it means the same.
    const chosen = values.find((known) => known.toLowerCase() === value.toLowerCase().replace(/\s+/gu, " "))
    if (chosen !== undefined) return chosen
    this.report(column, `${shown(value)} is not a valid ${column}`, `one of ${values.join(", ")}`)
    return undefined
  }

  /** An amount in the file's unit; an empty cell is zero (money columns only). */
  money(column: string, penceInUnit: number): Money.Amount | undefined {
    return this.text(column) === undefined ? Money.pence(0) : this.optionalMoney(column, penceInUnit)
  }

  /**
   * An amount in the file's unit; an empty cell is absent (a figure the table does not print).
   * Every amount read counts towards the file's total without signs: the cell that takes it past
   * the exact integer range is refused, so no sum the ledger makes of the file can lose a penny.
   */
  optionalMoney(column: string, penceInUnit: number): Money.Amount | undefined {
    const value = this.text(column)
    if (value === undefined) return undefined
    const unit = penceInUnit === Money.PENCE_PER_THOUSAND ? "a decimal in £000 such as 1,520.3" : "a decimal in pounds such as 1,520,300.00"
    if (this.dateInstead(column, unit)) return undefined
    const excel = plainNumber(value, { pounds: true })
    if (!excel.ok) {
      this.report(column, excel.problem, `${excel.expected} — ${unit}`)
      return undefined
    }
    const reading = Money.readDecimal(excel.plain, penceInUnit)
    if (!reading.ok) {
      const complaint = decimalComplaint(value, reading.problem, reading.problem === "too-precise" ? `${unit}, to the penny at most` : unit)
      this.report(column, complaint.problem, complaint.expected)
      return undefined
    }
    this.totals.money += BigInt(Math.abs(reading.pence))
    if (this.totals.money > EXACT_LIMIT && !this.totals.moneyReported) {
      this.totals.moneyReported = true
      this.report(
        column,
        `the file's amounts up to ${shown(value)} add up, without signs, to more than £${Money.formatPounds(Money.Pence.make(Number.MAX_SAFE_INTEGER))}`,
        "amounts whose total stays within what the ledger can add up exactly"
      )
    }
    return Money.pence(reading.pence)
  }

  /** FTE with at most two decimals; an empty cell is absent. */
  fte(column: string): Fte.Amount | undefined {
    const value = this.text(column)
    if (value === undefined) return undefined
    if (this.dateInstead(column, "an FTE figure with at most two decimals, such as 19.5")) return undefined
    const excel = plainNumber(value, { pounds: false })
    if (!excel.ok) {
      this.report(column, excel.problem, excel.expected)
      return undefined
    }
    const reading = Fte.read(excel.plain)
    if (!reading.ok) {
      const complaint = decimalComplaint(value, reading.problem, "a decimal with at most two places, such as 19.5")
      this.report(
        column,
        reading.problem === "not-a-number" ? `${shown(value)} is not an FTE figure` : complaint.problem,
        complaint.expected
      )
      return undefined
    }
    this.totals.fte += BigInt(Math.abs(reading.fte))
    if (this.totals.fte > EXACT_LIMIT && !this.totals.fteReported) {
      this.totals.fteReported = true
      this.report(
        column,
        `the file's FTE figures up to ${shown(value)} add up to more than the ledger can add up exactly`,
        "FTE figures of a real establishment"
      )
    }
    return Fte.hundredths(reading.fte)
  }

  /** A `; `-separated list; an empty cell is an empty list. */
  list(column: string): ReadonlyArray<string> {
    return (this.text(column) ?? "")
      .split(";")
      .map((item) => item.trim())
      .filter((item) => item !== "")
  }

  /** A calendar date written YYYY-MM-DD; an empty cell is reported as missing. */
  date(column: string): Period.CalendarDate | undefined {
    const value = this.requiredText(column, "a date written YYYY-MM-DD, such as 2009-09-30")
    return value === undefined ? undefined : this.calendarDate(column, value)
  }

  /** A calendar date written YYYY-MM-DD; an empty cell is absent (a record the source does not date). */
  optionalDate(column: string): Period.CalendarDate | undefined {
    const value = this.text(column)
    return value === undefined ? undefined : this.calendarDate(column, value)
  }

  private calendarDate(column: string, value: string): Period.CalendarDate | undefined {
    const parsed = Period.parseCalendarDate(value)
    if (parsed === undefined) {
      const problem = Period.calendarDateProblem(value)
      this.report(
        column,
        `${shown(value)} is not a date${problem === undefined ? "" : `: ${problem}`}`,
        "a date written YYYY-MM-DD, such as 2009-09-30"
      )
    }
    return parsed
  }

  /**
   * A cell of plan codes (`NI 117; LAA2 (II)`): the links read from it, each code where it
   * stands, and the cell as printed. A code shaped like one that cannot be (`NI 1l7`) is
   * reported with the code it most likely means.
   */
  links(column: string): { readonly links: ReadonlyArray<PlanLink>; readonly stated: string | undefined } {
    const stated = this.text(column)
    if (stated === undefined) return { links: [], stated }
    const reading = PlanLinkText.read(stated)
    for (const malformed of reading.malformed)
      this.report(
        column,
        `${shown(malformed.printed)} is shaped like a plan code but holds a letter where a digit belongs`,
        `the code as its plan prints it, such as ${malformed.likely}`
      )
    return { links: reading.links, stated }
  }

  /** Where a cell of this row stands, for a reference the plan must resolve. */
  reference(kind: PlanReference["kind"], column: string, code: string): PlanReference {
    const index = this.columns.get(column) ?? 0
    const at = this.record.fields[index]?.column ?? 1
    return {
      kind,
      code,
      at: {
        file: this.fileName,
        line: this.record.line,
        column: at,
        columnName: column,
        ...(this.sheet === undefined ? {} : { sheet: this.sheet, columnLabel: columnLetters(at) })
      }
    }
  }

  /**
   * Whether this row is the first with `key` in the file; a later one is reported with the line of
   * the first, so two rows never silently become one record.
   */
  once(seen: Map<string, number>, key: string, column: string, what: string): boolean {
    const firstLine = seen.get(key)
    if (firstLine !== undefined) {
      this.report(column, `${what} appears twice (first on ${this.lineName(firstLine)})`, "each record once per file")
      return false
    }
    seen.set(key, this.line)
    return true
  }

  /**
   * A number a double holds exactly (an indicator value): a plain decimal with the thousands rules
   * of amounts and an optional `%`, at most 15 significant digits — or a whole number within the
   * exact integer range. Exponents, `NaN` and infinities are refused; `-0` is 0. An empty cell is
   * absent.
   */
  number(column: string): number | undefined {
    const value = this.text(column)
    if (value === undefined) return undefined
    if (this.dateInstead(column, "a plain decimal such as 4.46")) return undefined
    const cleaned = value.endsWith("%") ? value.slice(0, -1).trim() : value
    const fraction = /\.(\d+)$/.exec(cleaned)?.[1] ?? ""
    const reading = Money.readScaledDecimal(cleaned, fraction.length)
    const expected = "a plain decimal such as 4.46"
    if (!reading.ok && reading.problem !== "too-large") {
      const complaint = decimalComplaint(value, reading.problem, expected)
      this.report(column, complaint.problem, complaint.expected)
      return undefined
    }
    const digits = cleaned.replace(/[-,.]/g, "").replace(/^0+/, "")
    const significant = fraction === "" ? digits : digits.replace(/0+$/, "")
    const plain = cleaned.replace(/,/g, "")
    const exact = fraction === "" ? Number.isSafeInteger(Number(plain)) && digits.length <= 16 : significant.length <= 15
    if (!exact) {
      this.report(
        column,
        `${shown(value)} has more digits than a number can hold exactly`,
        `at most 15 significant digits, or a whole number up to ${Number.MAX_SAFE_INTEGER.toLocaleString("en-GB")}`
      )
      return undefined
    }
    const parsed = Number(plain)
    return parsed === 0 ? 0 : parsed
  }
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ";": "semicolon", "\t": "tab", "|": "pipe" }
const delimiterOption = (delimiter: string): string => (delimiter === "\t" ? "tab" : `'${delimiter}'`)

/** A header line with no comma but another delimiter between its names: the file's delimiter is that one. */
const guessedDelimiter = (headerLine: string): string | undefined => {
  if (headerLine.includes(",")) return undefined
  const counts = Object.keys(DELIMITER_NAMES).map((delimiter) => [delimiter, headerLine.split(delimiter).length - 1] as const)
  const [best] = [...counts].sort(([, left], [, right]) => right - left)
  return best !== undefined && best[1] > 0 ? best[0] : undefined
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRANGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/

/** The cells of a table read from another format that hold a control or replacement character. */
const strangeCells = (fileName: string, records: ReadonlyArray<TableRecord>): Array<ImportProblem> =>
  records
    .flatMap((record) => record.fields)
    .filter((field) => STRANGE.test(field.value))
    .slice(0, 20)
    .map((field) => ({
      file: fileName,
      line: field.line,
      column: field.column,
      problem: `${shown(field.value)} holds a control or replacement character`,
      expected: "text without control characters: retype the cell"
    }))

/** The text's records, or a delimiter problem, after the text's own checks. */
const csvRecords = (
  fileName: string,
  text: string,
  options: CsvOptions,
  known: ReadonlyArray<string>
): { readonly records: ReadonlyArray<TableRecord>; readonly problems: ReadonlyArray<ImportProblem>; readonly stop: boolean } => {
  const checked = checkText(fileName, text)
  if (checked.problems.length > 0) return { records: [], problems: checked.problems, stop: true }
  const firstLine = checked.text.split(/\r\n|\r|\n/).find((line) => line.trim() !== "")
  if (options.delimiter === undefined && firstLine !== undefined && known.length > 1) {
    const guess = guessedDelimiter(firstLine)
    if (guess !== undefined && firstLine.split(guess).some((name) => known.includes(name.trim().toLowerCase()))) {
      return {
        records: [],
        problems: [
          {
            file: fileName,
            line: checked.text.split(/\r\n|\r|\n/).indexOf(firstLine) + 1,
            column: 1,
            problem: `this looks ${DELIMITER_NAMES[guess] ?? "otherwise"}-delimited: use --delimiter ${delimiterOption(guess)}`,
            expected: `a comma-separated file, or --delimiter ${delimiterOption(guess)} to read this one`
          }
        ],
        stop: true
      }
    }
  }
  return { ...readCsv(fileName, checked.text, options), stop: false }
}

/**
 * Reads a table against a table format — CSV text, or the rows of cells of a table read from
 * another format such as a workbook's sheet. Of CSV text it checks the text (encoding damage,
 * control characters), the delimiter (a semicolon- or tab-delimited file read as comma-delimited
 * is named as such), and quoted fields that run over what look like rows; of rows of cells, that no
 * cell holds a control character. Of both it checks the header (missing, unknown or repeated
 * columns) and every row's field count (a short row is an error, never read as blank or zero);
 * then hands each data row to `readRow`. Returns the rows' results and every problem, each naming
 * its column — on a sheet, located by sheet, row and column letter.
 *
 * @category parsing
 * @since 0.1.0
 */
export const readTable = <Row>(
  fileName: string,
  input: TableInput,
  options: CsvOptions,
  format: TableFormat,
  readRow: (row: RowReader) => Row | undefined
): { readonly rows: ReadonlyArray<Row>; readonly problems: ReadonlyArray<ImportProblem> } => {
  const table = input.table
  const read = readTableRows(fileName, input, options, format, readRow)
  if (table?.sheet === undefined) return read
  const sheet = table.sheet
  return {
    rows: read.rows,
    problems: read.problems.map((problem) => ({ ...problem, sheet, columnLabel: columnLetters(problem.column) }))
  }
}

const readTableRows = <Row>(
  fileName: string,
  input: TableInput,
  options: CsvOptions,
  format: TableFormat,
  readRow: (row: RowReader) => Row | undefined
): { readonly rows: ReadonlyArray<Row>; readonly problems: ReadonlyArray<ImportProblem> } => {
  const known = [...format.required, ...format.optional]
  const delimiter = options.delimiter ?? ","
  const table = input.table
  const read =
    table === undefined
      ? csvRecords(fileName, input.text ?? "", options, known)
      : { records: table.records.filter((record) => record.fields.some((field) => field.value.trim() !== "")), problems: [], stop: false }
  if (read.stop) return { rows: [], problems: read.problems }
  if (table !== undefined) {
    const strange = strangeCells(fileName, read.records)
    if (strange.length > 0) return { rows: [], problems: strange }
  }
  const { records, problems: csvProblems } = read
  const [header, ...data] = records
  const nameAt = (index: number, line: number): string | undefined => {
    if (header === undefined || line <= header.line) return undefined
    const name = header.fields[index]?.value.trim().toLowerCase()
    return name === undefined || name === "" ? undefined : name
  }
  const problems: Array<ImportProblem> = csvProblems.map((problem) => {
    const columnName = nameAt(problem.column - 1, problem.line)
    return columnName === undefined ? problem : { ...problem, columnName }
  })
  if (header === undefined) {
    if (problems.length === 0)
      problems.push({
        file: fileName,
        line: 1,
        column: 1,
        problem: table?.sheet === undefined ? "the file is empty" : "the sheet is empty",
        expected: `a header row naming the columns: ${format.required.join(", ")}`
      })
    return { rows: [], problems }
  }
  const columns = new Map<string, number>()
  header.fields.forEach((field, index) => {
    const name = field.value.trim().toLowerCase()
    if (!known.includes(name)) {
      problems.push({
        file: fileName,
        line: header.line,
        column: field.column,
        columnName: shortMessage(field.value.trim()).slice(0, SHOWN_CHARACTERS),
        problem: `unknown column ${shown(field.value.trim())}`,
        expected: `one of ${known.join(", ")}`
      })
    } else if (columns.has(name)) {
      problems.push({
        file: fileName,
        line: header.line,
        column: field.column,
        columnName: name,
        problem: `column "${name}" appears twice`,
        expected: "each column once"
      })
    } else {
      columns.set(name, index)
    }
  })
  const missing = format.required.filter((name) => !columns.has(name))
  if (missing.length > 0) {
    problems.push({
      file: fileName,
      line: header.line,
      column: header.fields[0]?.column ?? 1,
      problem: `missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`,
      expected: `a header row for a ${format.name} file with the columns ${format.required.join(", ")}${format.optional.length === 0 ? "" : ` (optional: ${format.optional.join(", ")})`}`
    })
    return { rows: [], problems }
  }
  const named = (columnName: string | undefined): { readonly columnName?: string } => (columnName === undefined ? {} : { columnName })
  const rows: Array<Row> = []
  const totals: Totals = { money: 0n, fte: 0n, moneyReported: false, fteReported: false }
  const width = header.fields.length
  for (const record of data) {
    // A quoted cell over several lines (Alt+Enter in Excel) may hold commas on any line; only a
    // row whose quote took in what look like rows and so lost its shape has swallowed them.
    const swallowing = record.fields.find(
      (field) =>
        table === undefined &&
        record.fields.length !== width &&
        field.value
          .split(/\r\n|\r|\n/)
          .slice(1)
          .some((line) => width > 1 && line.split(delimiter).length >= width)
    )
    if (swallowing !== undefined) {
      const lastLine = record.line + record.fields.reduce((breaks, field) => breaks + field.value.split(/\r\n|\r|\n/).length - 1, 0)
      problems.push({
        file: fileName,
        line: swallowing.line,
        column: swallowing.column,
        ...named(nameAt(swallowing.column - 1, record.line)),
        problem: `a quoted field opened here runs to line ${lastLine} and takes in what look like rows`,
        expected: 'a closing double quote where the field ends (write "" for a quote inside a field)'
      })
      continue
    }
    if (record.fields.length !== width) {
      const more = record.fields.length > width
      const at = more ? width : record.fields.length
      problems.push({
        file: fileName,
        line: record.line,
        column: (header.fields[0]?.column ?? 1) + at,
        ...(more ? {} : named(nameAt(at, record.line))),
        problem: `the row has ${record.fields.length} field${record.fields.length === 1 ? "" : "s"} but the header has ${width}`,
        expected: more
          ? "one field per column (quote fields that contain the delimiter)"
          : "one field per column, even when empty — a missing field is never read as blank or zero"
      })
      continue
    }
    const reader = new RowReader(fileName, record, columns, problems, totals, table)
    const before = problems.length
    const row = readRow(reader)
    if (row !== undefined && problems.length === before) {
      for (const column of reader.unconsulted()) {
        const value = record.fields[columns.get(column) ?? 0]?.value.trim() ?? ""
        reader.report(
          column,
          `${shown(value)} is in a column this row does not record, so it would be lost`,
          `the cell blank on this row, or the value on a row whose type records ${column}`
        )
      }
    }
    if (row !== undefined) rows.push(row)
  }
  return { rows, problems }
}

/**
 * A stable identifier from a label: `Physical & Sensory` → `physical-and-sensory`.
 *
 * @category parsing
 * @since 0.1.0
 */
export const slug = (label: string): string =>
  label
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
