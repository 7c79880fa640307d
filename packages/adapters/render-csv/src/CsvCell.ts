import { neutraliseFormula } from "@plan-ledger/core"

/**
 * Makes a value safe for a CSV cell: neutralises a formula by prefixing `'` (OWASP's advice for
 * CSV injection), then quotes the cell when it holds a comma, a quote or a line break. A plain
 * number, negative or not, stays a number.
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvCell = (value: string): string => {
  const neutral = neutraliseFormula(value)
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral
}

/**
 * A CSV document: header and rows, CRLF line ends as RFC 4180 asks. Every cell goes through
 * {@link csvCell}.
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvDocument = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
