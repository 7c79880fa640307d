import * as Money from "../../money/Money.js"

/**
 * One part of a key action's resources as a plan states them: an amount with its funding source
 * (the source is absent when none is printed), staff time, to be agreed, or some other wording
 * kept as stated. Never a made-up number.
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
    }
  | { readonly kind: "staff-time" }
  | { readonly kind: "to-be-agreed" }
  | { readonly kind: "stated"; readonly text: string }

/**
 * A key action's resources: the text as printed and the parts read from it.
 *
 * @category models
 * @since 0.2.0
 */
export interface Resources {
  readonly stated: string
  readonly parts: ReadonlyArray<ResourcePart>
}

// £10,000 · £27000 · £2,750.50 · £5k — the figure and an optional thousands suffix.
const AMOUNT = /£\s*(\d[\d,]*(?:\.\d{1,2})?)\s*(k\b)?/giu
// "(inc £6000 from PCT Health and Wellbeing Fund)": part of the amount before it comes from a source.
const INCLUDING = /^\s*\(?\s*inc(?:luding)?\.?\s+£\s*(\d[\d,]*(?:\.\d{1,2})?)\s*(k\b)?\s*(?:from\s+)?([^)]*)\)?\s*$/iu
const STAFF_TIME = /^staff(?:ing)?\s+time$/iu
const TO_BE_AGREED = /(?:^|\s)(?:tba|tbc|to be (?:agreed|confirmed|arranged))\.?$/iu
// "= £5500" after the parts restates their sum; the parts are what is read.
const PRINTED_SUM = /\s*=\s*£\s*\d[\d,]*(?:\.\d{1,2})?\s*k?\s*$/iu
// "£500 (Healthy Schools 09/10) – Drugs Awareness week": the source in brackets, then what it is for.
const BRACKETED_SOURCE = /^\s*\(([^()]*)\)\s*(.*)$/u

const penceOf = (figure: string, thousands: string | undefined): Money.Pence | undefined => {
  const pounds = Money.parseDecimal(figure, Money.PENCE_PER_POUND)
  return pounds === undefined ? undefined : Money.pence(thousands === undefined ? pounds : pounds * 1000)
}

// A funding source as printed around an amount: "– KCF", "Aiming High", "(Start Up)", "from PCT …".
// A financial year after the amount ("£5000 09/10") says when, not who pays.
const sourceOf = (text: string): string | undefined => {
  const source = text
    .replace(/[()]/gu, " ")
    .replace(/^[\s–—\-:,]+|[\s–—\-:,]+$/gu, "")
    .replace(/^(?:matched\s+)?(?:funding\s+)?from\s+/iu, "")
    .replace(/\s+/gu, " ")
    .trim()
  return source === "" || /^\d{2}\/\d{2}$/u.test(source) ? undefined : source
}

const partsOfSegment = (segment: string): ReadonlyArray<ResourcePart> => {
  const text = segment.replace(PRINTED_SUM, "").trim()
  if (text === "") return []
  if (STAFF_TIME.test(text)) return [{ kind: "staff-time" }]
  if (TO_BE_AGREED.test(text) && !text.includes("£")) return [{ kind: "to-be-agreed" }]
  const matches = [...text.matchAll(AMOUNT)]
  const first = matches[0]
  if (first === undefined || matches.length > 2) return [{ kind: "stated", text }]
  const amount = penceOf(first[1] ?? "", first[2])
  if (amount === undefined) return [{ kind: "stated", text }]
  const before = text.slice(0, first.index).trim()
  const after = text.slice((first.index ?? 0) + first[0].length)
  // "£500 per LAC" is a rate, not an amount: it cannot be added up.
  if (/^\s*per\b/iu.test(after)) return [{ kind: "stated", text }]
  // "Matched funding from BIP (£15,000)": the amount qualifies the source printed before it.
  if (before.endsWith("(")) return [{ kind: "amount", amount, fundingSource: sourceOf(before), label: undefined }]
  // "Aiming High: £27000": with nothing after the amount, what stands before it is the source.
  if (sourceOf(after) === undefined && before !== "") return [{ kind: "amount", amount, fundingSource: sourceOf(before), label: undefined }]
  const label = before === "" ? undefined : before.replace(/[\s–—\-:]+$/u, "")
  const bracketed = BRACKETED_SOURCE.exec(after)
  if (bracketed !== null && !/^\s*\(?\s*inc/iu.test(after)) {
    const purpose = sourceOf(bracketed[2] ?? "")
    return [{ kind: "amount", amount, fundingSource: sourceOf(bracketed[1] ?? ""), label: label ?? purpose }]
  }
  const including = INCLUDING.exec(after)
  if (including !== null) {
    const part = penceOf(including[1] ?? "", including[2])
    if (part === undefined || part > amount) return [{ kind: "stated", text }]
    return [
      { kind: "amount", amount: part, fundingSource: sourceOf(including[3] ?? ""), label },
      { kind: "amount", amount: Money.subtract(amount, part), fundingSource: undefined, label }
    ]
  }
  if (matches.length > 1) return [{ kind: "stated", text }]
  return [{ kind: "amount", amount, fundingSource: sourceOf(after), label }]
}

/**
 * Reads a key action's resources as printed. `£10,000 – KCF` is £10,000 from KCF; `£27000
 * Aiming High` and `Aiming High: £27000` are £27,000 from Aiming High; `£12,000 (inc £6000 from PCT
 * Health and Wellbeing Fund)` is two parts, £6,000 from that fund and £6,000 whose source is not
 * stated; `Staff time` and `TBA` are counted, never summed; a rate (`£500 per LAC`) is kept as
 * stated, never added up; several resources are separated by `;`, `+` or ` and £`. Anything else
 * is kept as stated text, and the whole text always travels with the parts.
 *
 * @example
 * import { Resource } from "@plan-ledger/core"
 * Resource.parse("£10,000 – KCF").parts // [{ kind: "amount", amount: 1000000, fundingSource: "KCF", … }]
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (stated: string): Resources => ({
  stated,
  parts: stated.split(/;|\s\+\s|\s(?:and|&)\s(?=£)|,\s*(?=£)|(?<=\))\s+(?=£)/u).flatMap(partsOfSegment)
})

/**
 * Resources added up by funding source: the exact total of every amount per source (amounts with
 * no stated source under `undefined`), and how many parts were staff time, to be agreed, or other
 * stated text — counted, never turned into money.
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
  for (const { parts } of resources) {
    for (const part of parts) {
      if (part.kind === "staff-time") staffTime += 1
      else if (part.kind === "to-be-agreed") toBeAgreed += 1
      else if (part.kind === "stated") statedOnly += 1
      else {
        const held = bySource.get(part.fundingSource) ?? { amount: Money.zero, count: 0 }
        bySource.set(part.fundingSource, { amount: Money.add(held.amount, part.amount), count: held.count + 1 })
      }
    }
  }
  const sources = [...bySource].map(([fundingSource, { amount, count }]) => ({ fundingSource, amount, count }))
  return { bySource: sources, total: Money.sum(sources.map((source) => source.amount)), staffTime, toBeAgreed, statedOnly }
}
