import { Data, Schema } from "effect"
import { type DecimalProblem, formatScaled, readScaledDecimal, roundHalfAwayFromZero } from "./Money.js"

/**
 * Full-time-equivalent staff as an exact integer number of hundredths (`776.9` FTE is `77690`).
 *
 * @example
 * import { Fte } from "@plan-ledger/core"
 * Fte.format(Fte.sum([Fte.fromDecimal("19.5"), Fte.fromDecimal("0.25")])) // "19.8"
 *
 * @category models
 * @since 0.1.0
 */
export const Fte = Schema.Int.pipe(Schema.brand("FteHundredths"))

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
 * Wraps an integer number of hundredths of an FTE.
 *
 * @category constructors
 * @since 0.1.0
 */
export const hundredths = (value: number): Fte => Fte.make(value)

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
 * A literal FTE figure handed to {@link fromDecimal} that is not a decimal with at most two places.
 *
 * @category errors
 * @since 0.1.0
 */
export class FteFormatError extends Data.TaggedError("FteFormatError")<{ readonly text: string }> {
  override get message(): string {
    return `"${this.text}" is not an FTE figure: write a decimal with at most two places, such as 19.5`
  }
}

/**
 * Parses a literal FTE figure; throws {@link FteFormatError} when it is malformed.
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromDecimal = (text: string): Fte => {
  const parsed = parseDecimal(text)
  if (parsed === undefined) throw new FteFormatError({ text })
  return parsed
}

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
