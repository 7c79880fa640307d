// A cell a spreadsheet would run as a formula: starts with =, +, @, a tab or a carriage return,
// or with - followed by something other than a digit (so negative numbers stay numbers).
const FORMULA_START = /^(?:[=+@\t\r]|-(?![\d.]))/

/**
 * Makes a value safe for a CSV cell: neutralises a formula by prefixing `'` (OWASP's advice for
 * CSV injection), then quotes the cell when it holds a comma, a quote or a line break.
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvCell = (value: string): string => {
  const neutral = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral
}

/**
 * A CSV document: header and rows, CRLF line ends as RFC 4180 asks.
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvDocument = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n"
