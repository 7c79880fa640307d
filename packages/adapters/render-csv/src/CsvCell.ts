import { neutraliseFormula } from "@plan-ledger/core/adapters"
import { stringify } from "csv-stringify/sync"

// RFC 4180: CRLF line ends; a cell is quoted when it holds a comma, a quote or a line break, and
// every text cell is neutralised first, so a spreadsheet shows it rather than runs it.
const OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/u, cast: { string: neutraliseFormula } } as const

/**
 * Makes a value safe for a CSV cell: neutralises a formula by prefixing `'` (OWASP's advice for
 * CSV injection), then quotes the cell when it holds a comma, a quote or a line break. A plain
 * number, negative or not, stays a number.
 *
 * @example
 * import { csvCell } from "@plan-ledger/render-csv"
 * csvCell("=SUM(A1:A2)") // "'=SUM(A1:A2)"
 * csvCell("1,5") // "\"1,5\""
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvCell = (value: string): string => stringify([[value]], { ...OPTIONS, eof: false })

/**
 * A CSV document: header and rows, CRLF line ends as RFC 4180 asks, written by `csv-stringify`.
 * Every cell is made safe as {@link csvCell} makes it.
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvDocument = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  stringify([header, ...rows], OPTIONS)
