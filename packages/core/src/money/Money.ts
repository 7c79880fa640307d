import { Schema } from "effect"
import { decimalProblemText, FigureRefused, shownValue, wholeNumberProblem } from "./FigureRefused.js"

/**
 * An exact amount of money in integer pence. Money is never held as a float: sums of
 * `Pence` are exact, and rounding happens once, when a figure is rendered. Events and views hold
 * `Pence`; a command takes an {@link Amount}.
 *
 * @example
 * import { Money } from "@plan-ledger/core"
 * const total = Money.sum([Money.fromThousands("849.1"), Money.fromThousands("-80.0")])
 * Money.formatThousands(total) // "769.1"
 *
 * @category models
 * @since 0.1.0
 */
export const Pence = Schema.Int.pipe(Schema.brand("Pence")).annotate({ description: "an exact amount of money in integer pence" })

/**
 * @category models
 * @since 0.1.0
 */
export type Pence = typeof Pence.Type

/**
 * The zero amount.
 *
 * @category constructors
 * @since 0.1.0
 */
export const zero: Pence = Pence.make(0)

/**
 * An amount of money as a command takes it: exact integer pence under a tag that names the unit.
 * Made by {@link pence}, {@link pounds} or {@link thousands}, each of which refuses what it would
 * have to guess at; in untyped input (JSON) it is written `{ "_tag": "Money", "pence": 150000 }`.
 * A command never takes a bare number for money, so `employeeCosts: 100` from plain JavaScript is
 * refused rather than read as 100 pence.
 *
 * @example
 * import { Money } from "@plan-ledger/core"
 * Money.pounds("1,500.00").pence // 150000
 *
 * @category models
 * @since 0.4.0
 */
export interface Amount {
  readonly _tag: "Money"
  readonly pence: Pence
}

/**
 * Whether a value is an {@link Amount}: tagged `Money`, with a safe integer of pence.
 *
 * @category guards
 * @since 0.4.0
 */
export const isAmount = (value: unknown): value is Amount =>
  typeof value === "object" &&
  value !== null &&
  "_tag" in value &&
  value._tag === "Money" &&
  "pence" in value &&
  Number.isSafeInteger(value.pence)

/**
 * An amount of a whole number of pence (`Money.pence(150_000)` is £1,500). Refuses, with
 * {@link FigureRefused}, anything but a safe integer — a fraction of a penny, `NaN`, infinity, a
 * string — and never changes the number (`-0` is 0).
 *
 * @category constructors
 * @since 0.1.0
 */
export const pence = (value: number): Amount => {
  const problem = wholeNumberProblem(value, "pence")
  if (problem !== undefined) {
    throw new FigureRefused({
      path: "",
      value: shownValue(value),
      problem,
      fix: 'give whole pence, Money.pence(150), or pounds as text, Money.pounds("1.50")'
    })
  }
  return { _tag: "Money", pence: Pence.make(value === 0 ? 0 : value) }
}

/**
 * Adds two amounts exactly.
 *
 * @category math
 * @since 0.1.0
 */
export const add = (left: Pence, right: Pence): Pence => Pence.make(left + right)

/**
 * Subtracts `right` from `left` exactly.
 *
 * @category math
 * @since 0.1.0
 */
export const subtract = (left: Pence, right: Pence): Pence => Pence.make(left - right)

/**
 * Sums any number of amounts exactly.
 *
 * @category math
 * @since 0.1.0
 */
export const sum = (amounts: Iterable<Pence>): Pence => {
  let total = 0
  for (const amount of amounts) total += amount
  return Pence.make(total)
}

/**
 * The absolute value of an amount.
 *
 * @category math
 * @since 0.1.0
 */
export const abs = (amount: Pence): Pence => Pence.make(Math.abs(amount))

/**
 * Why a cell is not an exact decimal: not a number at all, a decimal comma (`1,5`), a thousands
 * separator out of place (`1,,2`, `12,34,567`), more decimals than the unit holds, or too many
 * digits for an exact integer.
 *
 * @category models
 * @since 0.3.0
 */
export type DecimalProblem = "not-a-number" | "decimal-comma" | "misplaced-separator" | "too-precise" | "too-large"

/**
 * A decimal read exactly as an integer count of `10^-decimals` units, or why it cannot be.
 *
 * @category models
 * @since 0.3.0
 */
export type DecimalReading = { readonly ok: true; readonly scaled: number } | { readonly ok: false; readonly problem: DecimalProblem }

const plainDecimal = /^(-?)(\d+)(?:\.(\d+))?$/
const groupedDecimal = /^(-?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/
const decimalComma = /^-?(?:\d+|\d{1,3}(?:\.\d{3})+),\d+$/
const digitsAndCommas = /^-?[\d,]*\d[\d,]*(?:\.\d+)?$/

/**
 * Reads a decimal (`1520.3`, `1,520.3`, `-80`) as an exact integer count of `10^-decimals` units,
 * without passing through a float. Thousands separators are commas between groups of exactly
 * three digits; a decimal comma (`1,5`) or any other comma is refused, never dropped, so `1,5`
 * never becomes 15. Trailing zeros past `decimals` are allowed; any other extra precision is
 * refused, as is a result beyond the exact integer range. `-0` is 0.
 *
 * @category parsing
 * @since 0.3.0
 */
export const readScaledDecimal = (text: string, decimals: number): DecimalReading => {
  const trimmed = text.trim()
  const match = plainDecimal.exec(trimmed) ?? groupedDecimal.exec(trimmed)
  if (match === null) {
    if (decimalComma.test(trimmed) && !groupedDecimal.test(trimmed)) return { ok: false, problem: "decimal-comma" }
    return { ok: false, problem: digitsAndCommas.test(trimmed) ? "misplaced-separator" : "not-a-number" }
  }
  const [, sign = "", whole = "0", fraction = ""] = match
  if (/[^0]/.test(fraction.slice(decimals))) return { ok: false, problem: "too-precise" }
  const digits = (whole.replace(/,/g, "") + fraction.slice(0, decimals).padEnd(decimals, "0")).replace(/^0+(?=\d)/, "")
  if (digits.length > 16) return { ok: false, problem: "too-large" }
  const magnitude = Number(digits)
  if (!Number.isSafeInteger(magnitude)) return { ok: false, problem: "too-large" }
  return { ok: true, scaled: sign === "-" && magnitude !== 0 ? -magnitude : magnitude }
}

const decimalsOf = (penceInUnit: number): number | undefined => {
  const unitDigits = Math.round(Math.log10(penceInUnit))
  return 10 ** unitDigits === penceInUnit ? unitDigits : undefined
}

/**
 * Reads a decimal written in a given unit (a number of pence per unit, e.g. 100 for pounds or
 * 100_000 for £000) into exact pence, or says why it cannot (see {@link readScaledDecimal}).
 *
 * @category parsing
 * @since 0.3.0
 */
export const readDecimal = (
  text: string,
  penceInUnit: number
): { readonly ok: true; readonly pence: Pence } | { readonly ok: false; readonly problem: DecimalProblem } => {
  const decimals = decimalsOf(penceInUnit)
  if (decimals === undefined) return { ok: false, problem: "not-a-number" }
  const reading = readScaledDecimal(text, decimals)
  return reading.ok ? { ok: true, pence: Pence.make(reading.scaled) } : reading
}

/**
 * Parses a decimal written in a given unit (a number of pence per unit, e.g. 100 for pounds or
 * 100_000 for £000) into exact pence, without passing through a float. Thousands separators
 * are accepted between groups of three digits. Returns `undefined` for anything that is not a
 * plain decimal, that has more precision than a penny, or that is beyond the exact integer range.
 *
 * @category parsing
 * @since 0.1.0
 */
export const parseDecimal = (text: string, penceInUnit: number): Pence | undefined => {
  const reading = readDecimal(text, penceInUnit)
  return reading.ok ? reading.pence : undefined
}

/**
 * Pence in one pound.
 *
 * @category constants
 * @since 0.1.0
 */
export const PENCE_PER_POUND = 100

/**
 * Pence in one thousand pounds — the unit (£000) councils publish their budget tables in.
 *
 * @category constants
 * @since 0.1.0
 */
export const PENCE_PER_THOUSAND = 100_000

const amountIn = (text: string, penceInUnit: number, constructor: string, example: string): Amount => {
  const reading = typeof text === "string" ? readDecimal(text, penceInUnit) : undefined
  if (reading?.ok === true) return { _tag: "Money", pence: reading.pence }
  throw new FigureRefused({
    path: "",
    value: shownValue(text),
    problem: reading === undefined ? "is not text" : decimalProblemText(reading.problem),
    fix: `write digits with an optional minus sign, commas only between thousands and at most a penny of precision, as text: ${constructor}(${example})`
  })
}

/**
 * An amount written in pounds, as text (`Money.pounds("1,500.00")`, `Money.pounds("-80")`), read
 * exactly. Refuses, with {@link FigureRefused}, a number (write it as text, so no float rounds it),
 * a decimal comma, a separator out of place, more than a penny of precision, or an amount beyond
 * the exact integer range.
 *
 * @category constructors
 * @since 0.4.0
 */
export const pounds = (text: string): Amount => amountIn(text, PENCE_PER_POUND, "Money.pounds", '"1500.00"')

/**
 * An amount written in £000, as council budget tables print it (`Money.thousands("50,222.6")`),
 * read exactly, with the refusals of {@link pounds}.
 *
 * @category constructors
 * @since 0.4.0
 */
export const thousands = (text: string): Amount => amountIn(text, PENCE_PER_THOUSAND, "Money.thousands", '"50,222.6"')

/**
 * Parses an amount written in £000, as printed in a budget table (`"50,222.6"`, `"-321.0"`), into
 * pence for arithmetic; a command takes {@link thousands}. Throws {@link FigureRefused} on
 * malformed input; use {@link parseDecimal} to validate user input.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromThousands = (text: string): Pence => thousands(text).pence

/**
 * Parses an amount written in pounds (`"2,750"`, `"86000.50"`) into pence for arithmetic; a
 * command takes {@link pounds}.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromPounds = (text: string): Pence => pounds(text).pence

/**
 * Converts exact pence to a JSON number of pounds. Exact whenever the amount is a whole number
 * of pounds; otherwise the nearest double to the exact decimal (never an accumulated error).
 *
 * @category conversions
 * @since 0.1.0
 */
export const toPounds = (amount: Pence): number => amount / PENCE_PER_POUND

/**
 * Divides an integer by a power of ten, rounding half away from zero — the one rounding rule
 * used for every rendered figure.
 *
 * @category math
 * @since 0.1.0
 */
export const roundHalfAwayFromZero = (value: number, divisor: number): number => {
  const magnitude = Math.floor((Math.abs(value) + divisor / 2) / divisor)
  return value < 0 ? -magnitude : magnitude
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")

/**
 * Formats an integer count of `10^-decimals` units with thousands separators
 * (`formatScaled(5022260, 1)` is `"502,226.0"`).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatScaled = (scaled: number, decimals: number): string => {
  const sign = scaled < 0 ? "-" : ""
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, "0")
  const whole = digits.slice(0, digits.length - decimals)
  const fraction = digits.slice(digits.length - decimals)
  return sign + groupThousands(whole) + (decimals > 0 ? `.${fraction}` : "")
}

/**
 * Formats an amount in £000 with one decimal and thousands separators, as council tables print
 * it (`50,222.6`). Rounds half away from zero to the nearest £100.
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatThousands = (amount: Pence): string => formatScaled(roundHalfAwayFromZero(amount, PENCE_PER_THOUSAND / 10), 1)

/**
 * Formats an amount in whole £000 (`16,790`), as variation statements print it.
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatWholeThousands = (amount: Pence): string => formatScaled(roundHalfAwayFromZero(amount, PENCE_PER_THOUSAND), 0)

/**
 * Formats an amount in £000 exactly, with as many decimals as it needs and at least one
 * (`50,222.6`, `0.00012`): for messages that must not hide a small difference behind rounding.
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatThousandsExact = (amount: Pence): string => formatScaled(amount, 5).replace(/(\.\d)0+$/, "$1")

/**
 * Formats an amount in thousands of pounds for a sentence, exactly, with its sign in front of the
 * pound sign as people write it: `£50.2k`, `−£50.2k` (a true minus sign, never `£-50.2k`).
 *
 * @example
 * import { Money } from "@plan-ledger/core"
 * Money.formatThousandsInText(Money.fromThousands("-50.2")) // "−£50.2k"
 *
 * @category formatting
 * @since 0.2.0
 */
export const formatThousandsInText = (amount: Pence): string =>
  `${amount < 0 ? "\u2212" : ""}£${formatThousandsExact(Math.abs(amount) as Pence)}k`

/**
 * Formats an amount in pounds as a plan prints a resource: thousands separators, pence only when
 * there are any (`10,000`, `2,750.50`).
 *
 * @category formatting
 * @since 0.2.0
 */
export const formatPounds = (amount: Pence): string =>
  amount % PENCE_PER_POUND === 0 ? formatScaled(amount / PENCE_PER_POUND, 0) : formatScaled(amount, 2)
