import * as Money from "../../money/Money.js"
import { type AmountBasis, type AmountReading, amountsIn, hasUnreadMoney } from "./phrase/AmountPhrase.js"
import type { Recognised } from "./phrase/PhraseScanner.js"
import { shifted, type TextSpan, type UnreadText } from "./phrase/TextSpan.js"

/**
 * One part of a key action's resources as a plan states them, with the span of the printed text
 * it was read from: an amount with its funding source (absent when none is printed) and basis
 * (per year, over a period, per unit — absent when the phrase states none), a range of amounts,
 * staff time, to be agreed, or text no rule read, kept as stated. Never a made-up number.
 *
 * @category models
 * @since 0.2.0
 */
export type ResourcePart =
  | {
      readonly kind: "amount"
      readonly amount: Money.Pence
      readonly fundingSource: string | undefined
      readonly label: string | undefined
      readonly basis?: AmountBasis
      readonly qualifier?: AmountReading["qualifier"]
      readonly span: TextSpan
    }
  | {
      readonly kind: "range"
      readonly low: Money.Pence
      readonly high: Money.Pence
      readonly fundingSource: string | undefined
      readonly label: string | undefined
      readonly basis?: AmountBasis
      readonly qualifier?: AmountReading["qualifier"]
      readonly span: TextSpan
    }
  | { readonly kind: "staff-time"; readonly span: TextSpan }
  | { readonly kind: "to-be-agreed"; readonly span: TextSpan }
  | { readonly kind: "stated"; readonly text: string; readonly span: TextSpan }

/**
 * A key action's resources: the text as printed, the parts read from it, and the text no rule
 * read (each part of it a `stated` part too), which `check` reports.
 *
 * @category models
 * @since 0.2.0
 */
export interface Resources {
  readonly stated: string
  readonly parts: ReadonlyArray<ResourcePart>
  readonly unread: ReadonlyArray<UnreadText>
}

const STAFF_TIME = /^staff(?:ing)?\s+time$/iu
const TO_BE_AGREED = /(?:^|\s)(?:tba|tbc|to be (?:agreed|confirmed|arranged))\.?$/iu
// "= £5500" after the parts restates their sum; the parts are what is read.
const PRINTED_SUM = /\s*=\s*£\s*\d[\d,]*(?:\.\d{1,2})?\s*k?\s*$/iu
// "£500 (Healthy Schools 09/10) – Drugs Awareness week": the source in brackets, then what it is for.
const BRACKETED_SOURCE = /^\s*\(([^()]*)\)\s*(.*)$/su
// "(inc £6000 from PCT Health and Wellbeing Fund)": the words between an amount and the part of it
// from another source, and the words after that part.
const INCLUDING_OPENS = /^\s*\(?\s*inc(?:luding)?\.?\s+$/iu
const INCLUDING_CLOSES = /^\s*(?:from\s+)?([^()]*)\)?\s*$/iu

// A funding source as printed around an amount: "– KCF", "Aiming High", "(Start Up)", "from PCT …".
// A financial year after the amount ("£5000 09/10") says when, not who pays.
const sourceOf = (text: string): string | undefined => {
  const source = text
    .replace(/[()]/gu, " ")
    .replace(/^[\s–—\-:,]+|[\s–—\-:,]+$/gu, "")
    .replace(/^(?:matched\s+)?(?:funding\s+)?from\s+/iu, "")
    .replace(/\s+/gu, " ")
    .trim()
  return source === "" || /^(?:\d{2}|\d{4})[/–-]\d{2}$/u.test(source) ? undefined : source
}

type Figure = Recognised<AmountReading>

const figurePart = (
  figure: Figure,
  offset: number,
  fundingSource: string | undefined,
  label: string | undefined,
  remainder?: Money.Pence
): ResourcePart => {
  const span = shifted(figure.span, offset)
  const basis = {
    ...(figure.value.basis === undefined ? {} : { basis: figure.value.basis }),
    ...(figure.value.qualifier === undefined ? {} : { qualifier: figure.value.qualifier })
  }
  const amount = figure.value.figure
  return amount.kind === "exact"
    ? { kind: "amount", amount: remainder ?? amount.amount, fundingSource, label, ...basis, span }
    : { kind: "range", low: amount.low, high: amount.high, fundingSource, label, ...basis, span }
}

const partsOfSegment = (segment: string, offset: number): ReadonlyArray<ResourcePart> => {
  const text = segment.replace(PRINTED_SUM, "").trimEnd()
  const lead = text.length - text.trimStart().length
  const span = { start: offset + lead, end: offset + text.length }
  if (text.trim() === "") return []
  const stated = (): ReadonlyArray<ResourcePart> => [{ kind: "stated", text: text.trim(), span }]
  if (STAFF_TIME.test(text.trim())) return [{ kind: "staff-time", span }]
  if (TO_BE_AGREED.test(text) && !text.includes("£")) return [{ kind: "to-be-agreed", span }]
  const figures = amountsIn(text)
  const [first, second, ...more] = figures
  // Money printed in a form the grammar does not know is never read, nor is a figure beside it.
  if (first === undefined || more.length > 0 || hasUnreadMoney(text, figures)) return stated()
  const before = text.slice(0, first.span.start).trim()
  const after = text.slice(first.span.end, second?.span.start)
  if (second !== undefined) {
    // "£12,000 (inc £6000 from PCT …)": part of the amount comes from another source.
    const closing = INCLUDING_CLOSES.exec(text.slice(second.span.end))
    const whole = first.value.figure
    const part = second.value.figure
    if (!INCLUDING_OPENS.test(after) || closing === null || whole.kind !== "exact" || part.kind !== "exact" || part.amount > whole.amount)
      return stated()
    const label = before === "" ? undefined : before.replace(/[\s–—\-:]+$/u, "")
    return [
      figurePart(second, offset, sourceOf(closing[1] ?? ""), label),
      figurePart(first, offset, undefined, label, Money.subtract(whole.amount, part.amount))
    ]
  }
  // "Matched funding from BIP (£15,000)": the amount qualifies the source printed before it.
  if (before.endsWith("(")) return [figurePart(first, offset, sourceOf(before), undefined)]
  // "Aiming High: £27000": with nothing after the amount, what stands before it is the source.
  if (sourceOf(after) === undefined && before !== "") return [figurePart(first, offset, sourceOf(before), undefined)]
  const label = before === "" ? undefined : before.replace(/[\s–—\-:]+$/u, "")
  const bracketed = BRACKETED_SOURCE.exec(after)
  if (bracketed !== null) {
    const purpose = sourceOf(bracketed[2] ?? "")
    return [figurePart(first, offset, sourceOf(bracketed[1] ?? ""), label ?? purpose)]
  }
  return [figurePart(first, offset, sourceOf(after), label)]
}

// Where one resource ends and the next begins: ";", " + ", " and £", ", £", or a bracket closed
// before the next "£".
const SEPARATOR = /;|\s\+\s|\s(?:and|&)\s(?=£)|,\s*(?=£)|(?<=\))\s+(?=£)|\n/gu

/**
 * Reads a key action's resources as printed. `£10,000 – KCF` is £10,000 from KCF; `£27000
 * Aiming High` and `Aiming High: £27000` are £27,000 from Aiming High; `£12,000 (inc £6000 from PCT
 * Health and Wellbeing Fund)` is two parts, £6,000 from that fund and £6,000 whose source is not
 * stated; `£120m` is £120,000,000 and `£15m over the three-year period` is £15,000,000 over that
 * period; `£10k–£20k` is a range; `Staff time` and `TBA` are counted, never summed; a rate (`£500
 * per LAC`) is read but never added up; several resources are separated by `;`, `+`, a line break
 * or ` and £`. Anything else — and any segment holding money in a form the amount grammar does not
 * know (`£15 000`) — is kept as stated text and listed as unread; the whole text always travels with
 * the parts, and each part carries the span it was read from.
 *
 * @example
 * import { Resource } from "@plan-ledger/core"
 * Resource.parse("£10,000 – KCF").parts // [{ kind: "amount", amount: 1000000, fundingSource: "KCF", … }]
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (stated: string): Resources => {
  const parts: Array<ResourcePart> = []
  let at = 0
  for (const separator of [...stated.matchAll(SEPARATOR), undefined]) {
    const end = separator === undefined ? stated.length : (separator.index ?? 0)
    parts.push(...partsOfSegment(stated.slice(at, end), at))
    at = end + (separator?.[0].length ?? 0)
  }
  // A source or label holding a figure no rule read ("in 2013.14") is kept, and reported too.
  const figuresUnread = parts.flatMap((part) =>
    part.kind === "amount" || part.kind === "range"
      ? [part.fundingSource, part.label].flatMap((words) => {
          // A financial year beside an amount ("Healthy Schools 09/10") says when; any other figure is unread.
          if (words === undefined || !/\d/u.test(words.replace(/\b(?:\d{2}|\d{4})[/–-]\d{2}\b/gu, ""))) return []
          const start = stated.indexOf(words)
          return [{ span: { start, end: start + words.length }, text: words }]
        })
      : []
  )
  const unread = [...parts.flatMap((part) => (part.kind === "stated" ? [{ span: part.span, text: part.text }] : [])), ...figuresUnread]
  return { stated, parts, unread }
}

/**
 * Resources added up by funding source: the exact total of every amount per source (amounts with
 * no stated source under `undefined`), and how many parts were staff time, to be agreed, or other
 * stated text — counted, never turned into money — and how many were amounts that are not one
 * year's sum to add (a range, a rate, an amount per year or over a period as printed, or one
 * printed as about, at most or at least so much).
 *
 * @category models
 * @since 0.2.0
 */
export interface ResourceTotals {
  readonly bySource: ReadonlyArray<{ readonly fundingSource: string | undefined; readonly amount: Money.Pence; readonly count: number }>
  readonly total: Money.Pence
  readonly staffTime: number
  readonly toBeAgreed: number
  readonly statedOnly: number
  readonly notSummed: number
}

/**
 * Adds resources up by funding source.
 *
 * @category derivations
 * @since 0.2.0
 */
export const totals = (resources: Iterable<Resources>): ResourceTotals => {
  const bySource = new Map<string | undefined, { amount: Money.Pence; count: number }>()
  let staffTime = 0
  let toBeAgreed = 0
  let statedOnly = 0
  let notSummed = 0
  for (const { parts } of resources) {
    for (const part of parts) {
      if (part.kind === "staff-time") staffTime += 1
      else if (part.kind === "to-be-agreed") toBeAgreed += 1
      else if (part.kind === "stated") statedOnly += 1
      else if (part.kind === "range" || part.basis !== undefined || part.qualifier !== undefined) notSummed += 1
      else {
        const held = bySource.get(part.fundingSource) ?? { amount: Money.zero, count: 0 }
        bySource.set(part.fundingSource, { amount: Money.add(held.amount, part.amount), count: held.count + 1 })
      }
    }
  }
  const sources = [...bySource].map(([fundingSource, { amount, count }]) => ({ fundingSource, amount, count }))
  return { bySource: sources, total: Money.sum(sources.map((source) => source.amount)), staffTime, toBeAgreed, statedOnly, notSummed }
}
