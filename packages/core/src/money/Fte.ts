import { Schema } from "effect"
import { decimalProblemText, FigureRefused, shownValue, wholeNumberProblem } from "./FigureRefused.js"
import { type DecimalProblem, formatScaled, readScaledDecimal, roundHalfAwayFromZero } from "./Money.js"

/**
 * Full-time-equivalent staff as an exact integer number of hundredths (`776.9` FTE is `77690`).
 * Events and views hold `Fte`; a command takes an {@link Amount}.
 *
 * @example
 * import { Fte } from "@plan-ledger/core"
 * Fte.format(Fte.sum([Fte.fromDecimal("19.5"), Fte.fromDecimal("0.25")])) // "19.8"
 *
 * @category models
 * @since 0.1.0
 */
export const Fte = Schema.Int.pipe(Schema.brand("FteHundredths")).annotate({
  description: "full-time-equivalent staff in integer hundredths"
})

/**
 * @category models
 * @since 0.1.0
 */
export type Fte = typeof Fte.Type

/**
 * Hundredths in one FTE.
 *
 * @category constants
 * @since 0.1.0
 */
export const HUNDREDTHS_PER_FTE = 100

/**
 * No staff.
 *
 * @category constructors
 * @since 0.1.0
 */
export const zero: Fte = Fte.make(0)

/**
 * FTE as a command takes it: exact hundredths under a tag that names the unit. Made by
 * {@link hundredths} or {@link of}, each of which refuses what it would have to guess at; in
 * untyped input (JSON) it is written `{ "_tag": "Fte", "hundredths": 250 }`. A command never takes
 * a bare number for FTE.
 *
 * @example
 * import { Fte } from "@plan-ledger/core"
 * Fte.of("2.5").hundredths // 250
 *
 * @category models
 * @since 0.4.0
 */
export interface Amount {
  readonly _tag: "Fte"
  readonly hundredths: Fte
}

/**
 * Whether a value is an {@link Amount}: tagged `Fte`, with a safe integer of hundredths.
 *
 * @category guards
 * @since 0.4.0
 */
export const isAmount = (value: unknown): value is Amount =>
  typeof value === "object" &&
  value !== null &&
  "_tag" in value &&
  value._tag === "Fte" &&
  "hundredths" in value &&
  Number.isSafeInteger(value.hundredths)

/**
 * FTE as a whole number of hundredths (`Fte.hundredths(250)` is 2.5 FTE). Refuses, with
 * {@link FigureRefused}, anything but a safe integer, and never changes the number (`-0` is 0).
 *
 * @category constructors
 * @since 0.1.0
 */
export const hundredths = (value: number): Amount => {
  const problem = wholeNumberProblem(value, "hundredths of an FTE")
  if (problem !== undefined) {
    throw new FigureRefused({
      path: "",
      value: shownValue(value),
      problem,
      fix: 'give whole hundredths, Fte.hundredths(250), or the FTE as text, Fte.of("2.5")'
    })
  }
  return { _tag: "Fte", hundredths: Fte.make(value === 0 ? 0 : value) }
}

/**
 * FTE written as a decimal, as text (`Fte.of("2.5")`, `Fte.of("776.9")`), read exactly. Refuses,
 * with {@link FigureRefused}, a number (write it as text), a decimal comma, a separator out of
 * place or more than two decimal places.
 *
 * @category constructors
 * @since 0.4.0
 */
export const of = (text: string): Amount => {
  const reading = typeof text === "string" ? read(text) : undefined
  if (reading?.ok === true) return { _tag: "Fte", hundredths: reading.fte }
  throw new FigureRefused({
    path: "",
    value: shownValue(text),
    problem: reading === undefined ? "is not text" : decimalProblemText(reading.problem),
    fix: 'write a decimal with at most two places, as text: Fte.of("19.5")'
  })
}

/**
 * Adds two FTE figures exactly.
 *
 * @category math
 * @since 0.1.0
 */
export const add = (left: Fte, right: Fte): Fte => Fte.make(left + right)

/**
 * Subtracts `right` from `left` exactly.
 *
 * @category math
 * @since 0.1.0
 */
export const subtract = (left: Fte, right: Fte): Fte => Fte.make(left - right)

/**
 * Sums FTE figures exactly.
 *
 * @category math
 * @since 0.1.0
 */
export const sum = (values: Iterable<Fte>): Fte => {
  let total = 0
  for (const value of values) total += value
  return Fte.make(total)
}

/**
 * Reads a decimal FTE figure (`"776.9"`, `"0.25"`) exactly, or says why it cannot be read (see
 * `Money.readScaledDecimal`: the same rules for thousands separators and decimal commas).
 *
 * @category parsing
 * @since 0.3.0
 */
export const read = (text: string): { readonly ok: true; readonly fte: Fte } | { readonly ok: false; readonly problem: DecimalProblem } => {
  const reading = readScaledDecimal(text, 2)
  return reading.ok ? { ok: true, fte: Fte.make(reading.scaled) } : reading
}

/**
 * Parses a decimal FTE figure (`"776.9"`, `"0.25"`); `undefined` when it is not a decimal with
 * at most two places.
 *
 * @category parsing
 * @since 0.1.0
 */
export const parseDecimal = (text: string): Fte | undefined => {
  const reading = read(text)
  return reading.ok ? reading.fte : undefined
}

/**
 * Parses a literal FTE figure into hundredths for arithmetic; a command takes {@link of}. Throws
 * {@link FigureRefused} when it is malformed.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromDecimal = (text: string): Fte => of(text).hundredths

/**
 * FTE as a JSON number with at most two decimals.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toNumber = (value: Fte): number => value / HUNDREDTHS_PER_FTE

/**
 * Formats FTE with one decimal, as council staffing tables print it (rounded half away from zero).
 *
 * @category formatting
 * @since 0.1.0
 */
export const format = (value: Fte): string => formatScaled(roundHalfAwayFromZero(value, 10), 1)

/**
 * Formats FTE exactly, with two decimals where needed (`776.9`, `0.25`).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatExact = (value: Fte): string => formatScaled(value, 2).replace(/(\.\d)0$/, "$1")
