/**
 * A cell's number as Excel prints it, rewritten as the plain decimal it stands for — or why it
 * cannot be read without a guess.
 *
 * @category models
 * @since 0.4.0
 */
export type ExcelNumberReading =
  { readonly ok: true; readonly plain: string } | { readonly ok: false; readonly problem: string; readonly expected: string }

// Accounting formats print zero as a dash: "-", " - ", "–".
const DASH_FOR_ZERO = /^[-–—]$/u
const PARENTHESISED = /^\((.*)\)$/su
const POUNDS = /^([-–]?)\s*£\s*(.*)$/su
const MULTIPLIED = /^[-–]?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion)$/iu

/**
 * Reads the forms Excel's currency and accounting formats print a figure in, where they are
 * unambiguous: a leading `£` (`£210.40`), thousands separators (left to the decimal reader), a
 * figure in parentheses for a negative one (`(15.0)` is −15.0) and a dash for zero. A figure with
 * a multiplier word (`1.5m`), another currency or a sign both ways is refused with the fix, never
 * guessed at.
 *
 * @example
 * plainNumber("(£1,520.3)") // { ok: true, plain: "-1,520.3" }
 *
 * @category parsing
 * @since 0.4.0
 */
export const plainNumber = (value: string, options: { readonly pounds: boolean }): ExcelNumberReading => {
  let text = value.trim()
  if (DASH_FOR_ZERO.test(text)) return { ok: true, plain: "0" }
  let negative = false
  const bracketed = PARENTHESISED.exec(text)
  if (bracketed !== null) {
    negative = true
    text = (bracketed[1] ?? "").trim()
  }
  const pounds = POUNDS.exec(text)
  if (pounds !== null) {
    if (!options.pounds) return { ok: false, problem: `"${value.trim()}" is an amount of money`, expected: "the figure without a £ sign" }
    text = `${pounds[1] ?? ""}${(pounds[2] ?? "").trim()}`
  }
  if (/^[-–]/u.test(text) && negative)
    return {
      ok: false,
      problem: `"${value.trim()}" is negative twice (a minus sign inside parentheses)`,
      expected: "either a minus sign or parentheses, such as -15.0 or (15.0)"
    }
  if (MULTIPLIED.test(text))
    return {
      ok: false,
      problem: `"${value.trim()}" has a multiplier word, which a figure column does not read`,
      expected: "the whole figure in the column's unit, such as 1500 for 1.5k"
    }
  if (/[$€¥]/u.test(text))
    return { ok: false, problem: `"${value.trim()}" is not in pounds`, expected: "the figure in pounds, converted before import" }
  const unsigned = text.replace(/^[-–]/u, "")
  const signed = negative || unsigned !== text ? `-${unsigned}` : unsigned
  return { ok: true, plain: signed }
}
