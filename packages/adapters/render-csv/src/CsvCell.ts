// A plain number as the renderers print it: an optional minus sign, digits (optionally grouped in
// threes by commas) and optional decimals. A spreadsheet reads it as a number and evaluates nothing.
const PLAIN_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/

// A cell a spreadsheet would evaluate: one that starts with =, + or @, a tab or a carriage return,
// or with - and is not a plain number (`-1+1`, `-0x1` and `-2+3+cmd|' /C calc'!A0` all start with
// a minus and a digit, and all are formulas).
const isFormula = (value: string): boolean => /^[=+@\t\r]/.test(value) || (value.startsWith("-") && !PLAIN_NUMBER.test(value))

/**
 * Makes a value safe for a CSV cell: neutralises a formula by prefixing `'` (OWASP's advice for
 * CSV injection), then quotes the cell when it holds a comma, a quote or a line break. A plain
 * number, negative or not, stays a number.
 *
 * @category formatting
 * @since 0.1.0
 */
export const csvCell = (value: string): string => {
  const neutral = isFormula(value) ? `'${value}` : value
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
