/**
 * What a cell's number format does to the value a sheet shows, where it changes what the value
 * means rather than how many digits are shown: a percentage shows the value times 100 (0.4462 is
 * shown 44.62%), and each comma after the last digit placeholder divides it by 1,000 (1520300 in
 * `#,##0.0,"k"` is shown 1,520.3k). Rounding to the shown decimals, currency signs, colours and
 * literal text change nothing the importers read, so a value is kept to every digit it holds.
 * A format with conditions (`[>=1000000]0.0,,"m";0.0,"k"`) shows one value in several scales;
 * it is reported, so the cell is refused rather than read in the wrong one.
 *
 * @category models
 * @since 0.4.0
 */
export type FormatMeaning =
  | { readonly _tag: "Shown"; readonly percent: number; readonly thousandsScaling: number }
  | { readonly _tag: "Conditional"; readonly format: string }

const DIGIT = /[0#?]/

// Splits a format into its sections (positive; negative; zero; text) at the semicolons that are
// not inside quotes, brackets or after a backslash.
const sections = (format: string): ReadonlyArray<string> => {
  const found: Array<string> = []
  let current = ""
  let quoted = false
  let bracketed = false
  for (let index = 0; index < format.length; index += 1) {
    const character = format[index] ?? ""
    if (!quoted && !bracketed && character === "\\") {
      current += character + (format[index + 1] ?? "")
      index += 1
      continue
    }
    if (character === '"' && !bracketed) quoted = !quoted
    else if (character === "[" && !quoted) bracketed = true
    else if (character === "]" && !quoted) bracketed = false
    if (character === ";" && !quoted && !bracketed) {
      found.push(current)
      current = ""
    } else current += character
  }
  found.push(current)
  return found
}

// A section without what shows no digit: quoted text, escaped characters, the spacing `_x` and fill
// `*x` codes, and bracketed colours, conditions and locale codes.
const placeholdersOf = (section: string): string =>
  section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")

const scalingCommas = (placeholders: string): number => {
  let count = 0
  for (let index = 0; index < placeholders.length; index += 1) {
    if (placeholders[index] !== ",") continue
    let after = index + 1
    while (placeholders[after] === ",") after += 1
    const before = placeholders.slice(0, index).replace(/,+$/, "").at(-1) ?? ""
    if (DIGIT.test(before) && !DIGIT.test(placeholders[after] ?? "")) count += 1
  }
  return count
}

/**
 * How the number format `format` shows `value`: its percentage signs and its thousands scaling, in
 * the section the value's sign selects (positive; negative; zero), or that it is a conditional
 * format. `General`, text (`@`) and formats without either show the value as it is.
 *
 * @category parsing
 * @since 0.4.0
 */
export const meaningOf = (format: string | undefined, value: number): FormatMeaning => {
  if (format === undefined || format === "" || format.toLowerCase() === "general") return { _tag: "Shown", percent: 0, thousandsScaling: 0 }
  if (/\[\s*[<>=]/.test(format)) return { _tag: "Conditional", format }
  const all = sections(format)
  const section = (value < 0 ? all[1] : value === 0 ? all[2] : undefined) ?? all[0] ?? ""
  const placeholders = placeholdersOf(section)
  return { _tag: "Shown", percent: (placeholders.match(/%/g) ?? []).length, thousandsScaling: scalingCommas(placeholders) }
}

/**
 * Moves the decimal point of a plain decimal (`-1520300`, `0.4462`) by `places` — right for a
 * positive count, left for a negative one — exactly, digit by digit, with no float in between:
 * `shiftDecimal("0.4462", 2)` is `"44.62"`, `shiftDecimal("1520300", -3)` is `"1520.3"`.
 *
 * @category parsing
 * @since 0.4.0
 */
export const shiftDecimal = (decimal: string, places: number): string => {
  const negative = decimal.startsWith("-")
  const [whole = "", fraction = ""] = (negative ? decimal.slice(1) : decimal).split(".")
  const digits = whole + fraction
  const point = whole.length + places
  const padded = point <= 0 ? "0".repeat(1 - point) + digits : point > digits.length ? digits + "0".repeat(point - digits.length) : digits
  const at = Math.max(point, 1)
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, "")
  const decimals = padded.slice(at).replace(/0+$/, "")
  const shifted = decimals === "" ? integer : `${integer}.${decimals}`
  return negative && /[1-9]/.test(shifted) ? `-${shifted}` : shifted
}
