import type { PlanLink } from "../events.js"
import { type PhraseRule, type Recognised, scan } from "./PhraseScanner.js"

/**
 * What a plan code phrase reads as: the links it names (a list or range names several; `LAA NI
 * 51` names the Local Area Agreement target and its indicator), or a code shaped like one whose
 * digits hold a letter (`NI 1l7`, `NI 5O`), with the code it most likely means.
 *
 * @category models
 * @since 0.4.0
 */
export type CodeReading =
  | { readonly kind: "links"; readonly links: ReadonlyArray<PlanLink> }
  | { readonly kind: "malformed"; readonly printed: string; readonly likely: string }

const NUMBER_LIST = String.raw`((?:\s?(?:,|&|and|-|–|to)?\s?\d{1,3}(?![\p{L}\d]))*)`
// Ranges wider than this are a typing slip, not a run of indicators, and are read as two codes.
const WIDEST_RANGE = 50

/** The numbers of a printed list: `54, 92 99,100-102` → 54, 92, 99, 100, 101, 102. */
const numbersOf = (first: string, rest: string): ReadonlyArray<number> => {
  const numbers: Array<number> = [Number(first)]
  for (const [, separator = "", written = ""] of rest.matchAll(/\s?(,|&|and|-|–|to)?\s?(\d{1,3})/gu)) {
    const value = Number(written)
    const from = numbers.at(-1) ?? value
    const range = separator === "-" || separator === "–" || separator === "to"
    if (range && value > from && value - from <= WIDEST_RANGE) for (let next = from + 1; next <= value; next += 1) numbers.push(next)
    else numbers.push(value)
  }
  return numbers
}

const links = (...found: ReadonlyArray<PlanLink>): CodeReading => ({ kind: "links", links: found })
const closedUp = (text: string): string => text.trim().replace(/\s+/gu, " ")

type Rule = PhraseRule<CodeReading>
const rule = (name: string, pattern: string, read: (match: RegExpExecArray) => CodeReading | undefined, flags = "iu"): Rule => ({
  name,
  pattern: new RegExp(pattern, flags),
  read
})

// A letter where a digit belongs, as a typist or a scanner makes it: l and I for 1, O for 0, S for 5.
const LOOKALIKES: Readonly<Record<string, string>> = { l: "1", I: "1", i: "1", O: "0", o: "0", S: "5", s: "5" }

const COUNTY = String.raw`(?:K?CYPP|KYCPP|KCT)`
const COUNTY_JOIN = String.raw`\s*[-–:]?\s*`

/**
 * The grammar of plan codes as councils print them, wherever they stand in a cell: National
 * Indicators (`NI 50`, `NI110`, `(NI55)`, lists and ranges `NI 54, 92 99,100-102`), Local Area
 * Agreement targets (`LAA2 (II)`, `LAA NI51`, `Lead LAA NI 117`), county plan priorities
 * (`KCYPP priority 2`, `CYPP 13`, `CYPP P5`, `CYPP - Priority 1`, `KCYPP – Priority 2, 3, 6, 8`),
 * outcomes (`Outcome 2d`, `CYPP 2D`) and key enablers (`Key enabler A`), Towards 2010 targets
 * (`Towards 2010 Target 42`, `Towards 2010 - Target 30`, `T2010 Target 42`, `2010 TARGET 16`),
 * and local codes (`EWB1`, `IBA 4`, `WCH 1 & 3`). A run of spaces or a line break between a
 * code's words is read as one space (`NI  117` is `NI 117`). A National Indicator whose number
 * holds a letter (`NI 1l7`) is read as malformed, never as a link.
 *
 * @category grammar
 * @since 0.4.0
 */
export const CODE_RULES: ReadonlyArray<Rule> = [
  rule("indicator", String.raw`NI\s*(\d{1,3})${NUMBER_LIST}`, (found) =>
    links(...numbersOf(found[1] ?? "", found[2] ?? "").map((number): PlanLink => ({ kind: "indicator", code: `NI ${number}` })))
  ),
  rule("malformed-indicator", String.raw`NI\s*((?=[\dlIoOsS]*\d)[\dlIoOsS]*[lIoOsS][\dlIoOsS]*)`, (found) => ({
    kind: "malformed",
    printed: found[0],
    likely: `NI ${(found[1] ?? "").replace(/[lIiOoSs]/gu, (letter) => LOOKALIKES[letter] ?? letter)}`
  })),
  rule("laa-indicator", String.raw`(?:lead\s+)?LAA2?\s*[-–:]?\s*NI\s*(\d{1,3})${NUMBER_LIST}`, (found) =>
    links(
      ...numbersOf(found[1] ?? "", found[2] ?? "").flatMap((number): ReadonlyArray<PlanLink> => [
        { kind: "laa-target", code: `LAA NI ${number}` },
        { kind: "indicator", code: `NI ${number}` }
      ])
    )
  ),
  rule(
    "laa-target",
    String.raw`(?:lead\s+)?LAA\s*\d*\s*(?:\(\s?[ivx]+(?:(?:\s?,\s?|\s+and\s+)[ivx]+)*\s?\)|[ivx]+)(?![\p{L}\d])`,
    (found) => links({ kind: "laa-target", code: closedUp(found[0].replace(/^lead\s+/iu, "")) })
  ),
  rule(
    "county-priority",
    String.raw`${COUNTY}${COUNTY_JOIN}(?:priorit(?:y|ies)\s*|P\s?)?(\d{1,2})(?:\s+priority)?((?:\s?(?:,|&|and)\s?\d{1,2}(?![\p{L}\d]))*)`,
    (found) =>
      links(
        ...numbersOf(found[1] ?? "", found[2] ?? "").map((number): PlanLink => ({
          kind: "cypp-priority",
          code: numbersOf(found[1] ?? "", found[2] ?? "").length === 1 ? closedUp(found[0]) : `KCYPP priority ${number}`
        }))
      )
  ),
  rule("county-outcome", String.raw`(?:${COUNTY}${COUNTY_JOIN})?outcome\s*(\d{1,2}\s?[a-h])`, (found) =>
    links({ kind: "cypp-outcome", code: closedUp(found[0]) })
  ),
  rule("county-outcome", String.raw`${COUNTY}${COUNTY_JOIN}(\d{1,2}[a-h])`, (found) =>
    links({ kind: "cypp-outcome", code: closedUp(found[0]) })
  ),
  rule("key-enabler", String.raw`(?:${COUNTY}\s+)?(?:key\s+)?enabler\s+[A-D]`, (found) =>
    links({ kind: "key-enabler", code: closedUp(found[0]) })
  ),
  rule(
    "towards-2010-target",
    String.raw`(?:towards\s*2010|T2010|2010)${COUNTY_JOIN}targets?\s*\(?(\d{1,3})((?:\s?(?:,|&|and)\s?\d{1,3}(?![\p{L}\d]))*)\)?`,
    (found) => {
      const numbers = numbersOf(found[1] ?? "", found[2] ?? "")
      return links(
        ...numbers.map((number): PlanLink => ({
          kind: "directorate-target",
          code: numbers.length === 1 ? closedUp(found[0]) : `Towards 2010 Target ${number}`
        }))
      )
    }
  ),
  // Local codes are capitals then digits (EWB1, IBA 4): matched with case, so words never are.
  rule(
    "local-code",
    String.raw`([A-Z]{2,5})\s*(\d{1,2})((?:\s?(?:,|&|and)\s?\d{1,2}(?![\p{L}\d]))*)`,
    (found) =>
      links(
        ...numbersOf(found[2] ?? "", found[3] ?? "").map((number): PlanLink => ({
          kind: "local-priority",
          code: (found[3] ?? "") === "" ? closedUp(found[0]) : `${found[1] ?? ""}${number}`
        }))
      ),
    "u"
  )
]

/**
 * Every code phrase in a text, with the span each came from.
 *
 * @example
 * import { PlanCode } from "@plan-ledger/core/adapters"
 * PlanCode.codesIn("Lead LAA NI 117")[0]?.value
 * // { kind: "links", links: [{ kind: "laa-target", code: "LAA NI 117" }, { kind: "indicator", code: "NI 117" }] }
 *
 * @category parsing
 * @since 0.4.0
 */
export const codesIn = (text: string): ReadonlyArray<Recognised<CodeReading>> => scan(text, CODE_RULES)
