import * as Money from "../../../money/Money.js"
import { type PhraseRule, type Recognised, scan } from "./PhraseScanner.js"

/**
 * What an amount is for, when the phrase says: a year (`£50k per annum`, `£3,000 pa`), a whole
 * period as printed (`£15m over the three-year period`), or each of something (`£500 per LAC`,
 * a rate, never added up).
 *
 * @category models
 * @since 0.4.0
 */
export type AmountBasis =
  | { readonly kind: "per-year" }
  | { readonly kind: "over-period"; readonly period: string }
  | { readonly kind: "per-unit"; readonly unit: string }

/**
 * An amount as printed, read exactly: one figure, or a range (`£10k–£20k`, `£5-10m`), in integer
 * pence, with the basis the phrase states.
 *
 * @category models
 * @since 0.4.0
 */
export interface AmountReading {
  /** What a word before the amount says of it: `around £750,000`, `up to £250,000`, `over £1 billion`. */
  readonly qualifier?: "approximately" | "at-most" | "at-least"
  readonly figure:
    | { readonly kind: "exact"; readonly amount: Money.Pence }
    | { readonly kind: "range"; readonly low: Money.Pence; readonly high: Money.Pence }
  readonly basis: AmountBasis | undefined
}

/** Powers of ten a multiplier word stands for, above the pound. */
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 3, m: 6, mn: 6, million: 6, bn: 9, billion: 9 }

/**
 * A figure with or without thousands separators and decimals, then an optional multiplier.
 * Longer multiplier words come first so `billion` is never read as `b` and `illion`.
 */
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(billion|million|bn|mn|k|m)(?![\p{L}\p{N}])|(?!\s(?:billion|million)\p{L}))`
// A figure must not run on into more digits: "£15 000" is not £15 followed by text.
// Nor into a list of figures: "£850/1223/1510 million" is three amounts no rule can pair up.
const NOT_RUNNING_ON = String.raw`(?![.,]?\d)(?!\s\d{3}(?![\d/]))(?!\s?/\s?\d)`
// A word before the amount that says it is not exact: about, at most, at least.
const QUALIFIER = String.raw`(?:(about|around|approximately|approx\.?|circa|circ\.?|c\.|some)|(up\s+to|as\s+much\s+as|no\s+more\s+than|a\s+maximum\s+of|not\s+exceeding)|(at\s+least|over|more\s+than|in\s+excess\s+of))\s+`
// A financial year, or two, as an amount's period: "£10 million over 2006-07 and 2007-08".
const YEARS = String.raw`(?:the\s+period\s+)?(?:20)?\d{2}[/–-]\d{2}(?:\s+(?:and|to)\s+(?:20)?\d{2}[/–-]\d{2})?`

/**
 * Exact pence from a printed figure and its multiplier, or `undefined` when the figure has more
 * decimals than pence can hold at that multiplier (`£1.2345k` is £1,234.50; `£1.234` is not a
 * sum of money) or is too large to add up exactly.
 *
 * @category parsing
 * @since 0.4.0
 */
export const exactPence = (whole: string, fraction: string | undefined, multiplier: string | undefined): Money.Pence | undefined => {
  const exponent = 2 + (multiplier === undefined ? 0 : (MULTIPLIERS[multiplier.toLowerCase()] ?? 0))
  const decimals = fraction ?? ""
  if (decimals.length > exponent) return undefined
  const digits = BigInt(`${whole.replaceAll(",", "")}${decimals.padEnd(exponent, "0")}`)
  return digits > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Money.Pence.make(Number(digits))
}

// What follows an amount and says what it is for: a year, a period as printed, or each of something.
const BASIS = String.raw`(?:\s*(?:(per\s+(?:annum|year|yr)|p\.\s?a\.?|pa|a\s+year|each\s+year|annually|yearly)|(?:(?:spread\s+)?over|across|in(?:\s+both)?|during|for)\s+(${YEARS}|(?:the\s+)?(?:[\p{L}\d]+[- ])?years?(?:[- ]period)?|(?:two|three|four|five|\d+)\s+years|the\s+(?:plan|period|life\s+of\s+the\s+plan))|per\s+([\p{L}][\p{L}'’-]*))(?![\p{L}\p{N}]))?`

type Matched = RegExpExecArray

const basisOf = (perYear: string | undefined, overPeriod: string | undefined, perUnit: string | undefined): AmountBasis | undefined => {
  if (perYear !== undefined) return { kind: "per-year" }
  if (overPeriod !== undefined) return { kind: "over-period", period: overPeriod.replace(/\s+/gu, " ") }
  if (perUnit !== undefined) {
    // "£500 per LAC" is a rate: what each of something costs, never added up.
    return { kind: "per-unit", unit: perUnit }
  }
  return undefined
}

const qualifierOf = (match: Matched): Pick<AmountReading, "qualifier"> =>
  match[1] !== undefined
    ? { qualifier: "approximately" }
    : match[2] !== undefined
      ? { qualifier: "at-most" }
      : match[3] !== undefined
        ? { qualifier: "at-least" }
        : {}

const SINGLE: PhraseRule<AmountReading> = {
  name: "amount",
  pattern: new RegExp(String.raw`(?:${QUALIFIER})?£\s?${FIGURE}${NOT_RUNNING_ON}${BASIS}`, "iu"),
  read: (match: Matched) => {
    // Groups 1–3 are the qualifier's, 4–6 the figure's, 7–9 the basis's.
    const amount = exactPence(match[4] ?? "", match[5], match[6])
    const basis = basisOf(match[7], match[8], match[9])
    return amount === undefined ? undefined : { ...qualifierOf(match), figure: { kind: "exact", amount }, basis }
  }
}

const RANGE: PhraseRule<AmountReading> = {
  name: "amount-range",
  pattern: new RegExp(String.raw`(?:${QUALIFIER})?£\s?${FIGURE}\s?(?:-|–|—|to)\s?£?\s?${FIGURE}${NOT_RUNNING_ON}${BASIS}`, "iu"),
  read: (match: Matched) => {
    // Groups 1–3 are the qualifier's, 4–6 the low figure's, 7–9 the high one's, 10–12 the basis's.
    const highMultiplier = match[9]
    // "£5-10m": a multiplier printed once, after the range, counts for both ends.
    const low = exactPence(match[4] ?? "", match[5], match[6] ?? highMultiplier)
    const high = exactPence(match[7] ?? "", match[8], highMultiplier ?? match[6])
    const basis = basisOf(match[10], match[11], match[12])
    if (low === undefined || high === undefined || low >= high) return undefined
    return { ...qualifierOf(match), figure: { kind: "range", low, high }, basis }
  }
}

/**
 * The grammar of amounts as councils print them: `£10,000`, `£27000`, `£2,750.50`, `£3.5k`,
 * `£120m`, `£1.8billion`, `£2 million`, `£10k–£20k`, `£5-10m`, each optionally followed by a
 * basis (`per annum`, `pa`, `a year`, `over the three-year period`, `over 3 years`, `per LAC`).
 * Pence are exact integers, never floats: a figure with more decimals than its multiplier leaves
 * room for is not read.
 *
 * @category grammar
 * @since 0.4.0
 */
export const AMOUNT_RULES: ReadonlyArray<PhraseRule<AmountReading>> = [SINGLE, RANGE]

/**
 * Every amount phrase in a text, with the span each came from.
 *
 * @example
 * import { AmountPhrase } from "@plan-ledger/core/adapters"
 * AmountPhrase.amountsIn("£15m over the three-year period")
 * // [{ rule: "amount", span: { start: 0, end: 31 }, value: { figure: { kind: "exact", amount: 1500000000 }, basis: { kind: "over-period", … } } }]
 *
 * @category parsing
 * @since 0.4.0
 */
export const amountsIn = (text: string): ReadonlyArray<Recognised<AmountReading>> => scan(text, AMOUNT_RULES)

/**
 * Whether a text holds a `£` that no amount phrase accounts for: money printed in a form the
 * grammar does not know (`£15 000`, `£1.234`, `£TBC`), which is never turned into a figure.
 *
 * @category predicates
 * @since 0.4.0
 */
export const hasUnreadMoney = (text: string, read: ReadonlyArray<Recognised<AmountReading>>): boolean =>
  [...text.matchAll(/£/gu)].some((pound) => !read.some(({ span }) => span.start <= (pound.index ?? 0) && (pound.index ?? 0) < span.end))
