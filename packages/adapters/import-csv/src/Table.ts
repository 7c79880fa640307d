import { Fte, type ImportProblem, Money, Period } from "@plan-ledger/core"
import { type CsvField, type CsvRecord, readCsv } from "./CsvReader.js"

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

/**
 * Reads the cells of one data row by column name, collecting every problem into the import's
 * list instead of stopping at the first.
 *
 * @category parsing
 * @since 0.1.0
 */
export class RowReader {
  constructor(
    private readonly fileName: string,
    private readonly record: CsvRecord,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly problems: Array<ImportProblem>
  ) {}

  /** The line of the file this row is on. */
  get line(): number {
    return this.record.line
  }

  /** Records a problem at a column of this row (or at its first column). */
  report(column: string | undefined, problem: string, expected: string): void {
    const index = column === undefined ? 0 : (this.columns.get(column) ?? 0)
    this.problems.push({ file: this.fileName, line: this.record.line, column: index + 1, problem, expected })
  }

  private field(column: string): CsvField | undefined {
    const index = this.columns.get(column)
    return index === undefined ? undefined : this.record.fields[index]
  }

  /** The trimmed text of a cell; `undefined` when the column is absent or the cell is empty. */
  text(column: string): string | undefined {
    const value = this.field(column)?.value.trim()
    return value === undefined || value === "" ? undefined : value
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
    if ((values as ReadonlyArray<string>).includes(value)) return value as Value
    this.report(column, `"${value}" is not a valid ${column}`, `one of ${values.join(", ")}`)
    return undefined
  }

  /** An amount in the file's unit; an empty cell is zero (money columns only). */
  money(column: string, penceInUnit: number): Money.Pence | undefined {
    return this.text(column) === undefined ? Money.zero : this.optionalMoney(column, penceInUnit)
  }

  /** An amount in the file's unit; an empty cell is absent (a figure the table does not print). */
  optionalMoney(column: string, penceInUnit: number): Money.Pence | undefined {
    const value = this.text(column)
    if (value === undefined) return undefined
    const parsed = Money.parseDecimal(value, penceInUnit)
    if (parsed === undefined) {
      const unit = penceInUnit === Money.PENCE_PER_THOUSAND ? "£000 such as 1,520.3" : "pounds such as 1,520,300.00"
      this.report(column, `"${value}" is not a number`, `a decimal in ${unit}`)
    }
    return parsed
  }

  /** FTE with at most two decimals; an empty cell is absent. */
  fte(column: string): Fte.Fte | undefined {
    const value = this.text(column)
    if (value === undefined) return undefined
    const parsed = Fte.parseDecimal(value)
    if (parsed === undefined) this.report(column, `"${value}" is not an FTE figure`, "a decimal with at most two places, such as 19.5")
    return parsed
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
    if (value === undefined) return undefined
    const parsed = Period.parseCalendarDate(value)
    if (parsed === undefined) this.report(column, `"${value}" is not a date`, "a date written YYYY-MM-DD, such as 2009-09-30")
    return parsed
  }

  /**
   * Whether this row is the first with `key` in the file; a later one is reported with the line of
   * the first, so two rows never silently become one record.
   */
  once(seen: Map<string, number>, key: string, column: string, what: string): boolean {
    const firstLine = seen.get(key)
    if (firstLine !== undefined) {
      this.report(column, `${what} appears twice (first on line ${firstLine})`, "each record once per file")
      return false
    }
    seen.set(key, this.line)
    return true
  }

  /** A plain finite number (an indicator value); an empty cell is absent. */
  number(column: string): number | undefined {
    const value = this.text(column)
    if (value === undefined) return undefined
    const cleaned = value.replace(/,/g, "").replace(/%$/, "")
    const parsed = /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN
    if (Number.isNaN(parsed)) this.report(column, `"${value}" is not a number`, "a decimal such as 4.46")
    return Number.isNaN(parsed) ? undefined : parsed
  }
}

/**
 * Reads a CSV file against a table format: checks the header (missing, unknown or repeated
 * columns), then hands each data row to `readRow`. Returns the rows' results and every problem.
 *
 * @category parsing
 * @since 0.1.0
 */
export const readTable = <Row>(
  fileName: string,
  text: string,
  format: TableFormat,
  readRow: (row: RowReader) => Row | undefined
): { readonly rows: ReadonlyArray<Row>; readonly problems: ReadonlyArray<ImportProblem> } => {
  const { records, problems: csvProblems } = readCsv(fileName, text)
  const problems = [...csvProblems]
  const [header, ...data] = records
  const known = [...format.required, ...format.optional]
  if (header === undefined) {
    problems.push({ file: fileName, line: 1, column: 1, problem: "the file is empty", expected: `a header row naming the columns: ${format.required.join(", ")}` })
    return { rows: [], problems }
  }
  const columns = new Map<string, number>()
  header.fields.forEach((field, index) => {
    const name = field.value.trim().toLowerCase()
    if (!known.includes(name)) {
      problems.push({ file: fileName, line: header.line, column: index + 1, problem: `unknown column "${field.value.trim()}"`, expected: `one of ${known.join(", ")}` })
    } else if (columns.has(name)) {
      problems.push({ file: fileName, line: header.line, column: index + 1, problem: `column "${name}" appears twice`, expected: "each column once" })
    } else {
      columns.set(name, index)
    }
  })
  const missing = format.required.filter((name) => !columns.has(name))
  if (missing.length > 0) {
    problems.push({
      file: fileName,
      line: header.line,
      column: 1,
      problem: `missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`,
      expected: `a header row for a ${format.name} file with the columns ${format.required.join(", ")}${format.optional.length === 0 ? "" : ` (optional: ${format.optional.join(", ")})`}`
    })
    return { rows: [], problems }
  }
  const rows: Array<Row> = []
  for (const record of data) {
    if (record.fields.length > header.fields.length) {
      problems.push({ file: fileName, line: record.line, column: header.fields.length + 1, problem: `the row has ${record.fields.length} fields but the header has ${header.fields.length}`, expected: "one field per column (quote fields that contain commas)" })
      continue
    }
    const row = readRow(new RowReader(fileName, record, columns, problems))
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
  label.toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
