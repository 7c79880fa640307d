// A plain number as the renderers print it: an optional minus sign, digits (optionally grouped in
// threes by commas) and optional decimals. A spreadsheet reads it as a number and evaluates nothing.
const PLAIN_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/

/**
 * Whether a spreadsheet would evaluate this text as a formula: it starts with =, + or @, a tab or
 * a carriage return, or with - and is not a plain number (`-1+1`, `-0x1` and
 * `-2+3+cmd|' /C calc'!A0` all start with a minus and a digit, and all are formulas).
 *
 * @example
 * import { isFormulaText } from "@plan-ledger/core/adapters"
 * isFormulaText("=HYPERLINK(\"http://x\")") // true
 * isFormulaText("-241.4") // false
 *
 * @category formatting
 * @since 0.3.0
 */
export const isFormulaText = (value: string): boolean => /^[=+@\t\r]/.test(value) || (value.startsWith("-") && !PLAIN_NUMBER.test(value))

/**
 * Text from the data made safe for a spreadsheet cell: a value a spreadsheet would evaluate is
 * prefixed with `'` (OWASP's advice against formula injection), so it is shown as the text it is;
 * anything else, a plain number included, is unchanged. Every output adapter that writes cells a
 * spreadsheet opens (CSV, XLSX) uses this one rule.
 *
 * @example
 * import { neutraliseFormula } from "@plan-ledger/core/adapters"
 * neutraliseFormula("-1+1") // "'-1+1"
 *
 * @category formatting
 * @since 0.3.0
 */
export const neutraliseFormula = (value: string): string => (isFormulaText(value) ? `'${value}` : value)
