import type { PlanLink } from "@plan-ledger/core"
import fc from "fast-check"

// Plan codes as plans print them, each with what the CSV formats (docs/cli.md, "What a plan
// says") say it reads as: its links, each with its kind. The readings are written out here by
// hand from those rules — never computed with the importers' grammar — so a link cell of an
// accepted file can be checked link for link. A list or range names one link per number; `LAA
// NI51` names the Local Area Agreement target and its indicator; a code is written with its runs
// of spaces closed up; an item holding no code names a strategy, and a code is never filed as one.

/** A link cell's item as printed, and the links the rules read from it. */
export interface PrintedItem {
  readonly printed: string
  readonly links: ReadonlyArray<PlanLink>
}

const link =
  (kind: PlanLink["kind"]) =>
  (code: string): PlanLink => ({ kind, code })
const indicator = link("indicator")
const laaTarget = link("laa-target")
const countyPriority = link("cypp-priority")
const countyOutcome = link("cypp-outcome")
const towards2010 = link("directorate-target")
const local = link("local-priority")
const strategy = link("strategy")

const item = (printed: string, ...links: ReadonlyArray<PlanLink>): PrintedItem => ({ printed, links })

/** Items naming exactly one plan code that is not a strategy: what a contributing indicator's code cell holds. */
export const ONE_CODE: ReadonlyArray<PrintedItem> = [
  item("NI 50", indicator("NI 50")),
  item("NI 69", indicator("NI 69")),
  item("NI110", indicator("NI 110")),
  item("(NI55)", indicator("NI 55")),
  item("NI  117", indicator("NI 117")),
  item("ni 50", indicator("NI 50")),
  item("Reduce NEET (NI 117)", indicator("NI 117")),
  item("LAA2 (II)", laaTarget("LAA2 (II)")),
  item("KCYPP priority 2", countyPriority("KCYPP priority 2")),
  item("KCYPP Priority 3", countyPriority("KCYPP Priority 3")),
  item("CYPP 13", countyPriority("CYPP 13")),
  item("CYPP P5", countyPriority("CYPP P5")),
  item("CYPP - Priority 1", countyPriority("CYPP - Priority 1")),
  item("Outcome 2d", countyOutcome("Outcome 2d")),
  item("Outcome  2d", countyOutcome("Outcome 2d")),
  item("CYPP 2D", countyOutcome("CYPP 2D")),
  item("Key enabler A", link("key-enabler")("Key enabler A")),
  item("Towards 2010 Target 42", towards2010("Towards 2010 Target 42")),
  item("Towards 2010 - Target 30", towards2010("Towards 2010 - Target 30")),
  item("T2010 Target 42", towards2010("T2010 Target 42")),
  item("2010 TARGET 16", towards2010("2010 TARGET 16")),
  item("Towards  2010 Target 42", towards2010("Towards 2010 Target 42")),
  item("EWB1", local("EWB1")),
  item("HL1", local("HL1")),
  item("IBA 4", local("IBA 4")),
  item("EWB  1", local("EWB 1"))
]

/** Items naming several codes, or none (a strategy). */
export const OTHER_ITEMS: ReadonlyArray<PrintedItem> = [
  item("NI 54, 92 99,100-102", ...["NI 54", "NI 92", "NI 99", "NI 100", "NI 101", "NI 102"].map(indicator)),
  item("LAA NI51", laaTarget("LAA NI 51"), indicator("NI 51")),
  item("Lead LAA NI 117", laaTarget("LAA NI 117"), indicator("NI 117")),
  item("LAA NI51 Effectiveness of CAMHS", laaTarget("LAA NI 51"), indicator("NI 51")),
  item(
    "KCYPP – Priority 2, 3, 6, 8",
    ...["KCYPP priority 2", "KCYPP priority 3", "KCYPP priority 6", "KCYPP priority 8"].map(countyPriority)
  ),
  item("Towards 2010 targets (1 and 2)", towards2010("Towards 2010 Target 1"), towards2010("Towards 2010 Target 2")),
  item("WCH 1 & 3", local("WCH1"), local("WCH3")),
  item("Emotional Well Being – EWB 2 & 3", local("EWB2"), local("EWB3")),
  item("CAMHS Strategy", strategy("CAMHS Strategy")),
  item("CAMHS  Strategy", strategy("CAMHS Strategy")),
  item("Aiming High for Disabled Children", strategy("Aiming High for Disabled Children"))
]

/** Codes shaped like plan codes whose digits hold a letter: refused at import with the code meant. */
export const MALFORMED: ReadonlyArray<string> = ["NI 1l7", "NI 5O", "Reduce NEET (NI 1I7)"]

const READINGS = new Map([...ONE_CODE, ...OTHER_ITEMS].map(({ printed, links }) => [printed, links]))

/**
 * The links a `;`-separated link cell reads as by the rules: each item's, in order, blank items
 * left out. `undefined` when an item is one the fuzzer does not draw, or a malformed code — no
 * accepted file holds either.
 */
export const readingOf = (cell: string): ReadonlyArray<PlanLink> | undefined => {
  const items = cell
    .split(";")
    .map((printed) => printed.trim())
    .filter((printed) => printed !== "")
  const readings = items.map((printed) => READINGS.get(printed))
  return readings.every((reading) => reading !== undefined) ? readings.flat() : undefined
}

const anyItem = fc.constantFrom(...ONE_CODE, ...OTHER_ITEMS).map(({ printed }) => printed)

/**
 * A link cell: up to three items separated by `; ` or `;`, now and then padded, with an empty item,
 * or holding a malformed code.
 */
export const linkCellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(anyItem, { maxLength: 3 }).map((items) => items.join("; ")) },
  { weight: 2, arbitrary: fc.array(anyItem, { minLength: 1, maxLength: 3 }).map((items) => ` ${items.join(" ;")}; `) },
  { weight: 1, arbitrary: fc.constantFrom(";", "EWB1;;NI 50", " EWB1 ; HL1 ") },
  { weight: 1, arbitrary: fc.tuple(anyItem, fc.constantFrom(...MALFORMED)).map((items) => items.join("; ")) }
)

/**
 * A code cell of a lead role: one code, mostly, or several (`NI 117; Towards 2010 Target 42`),
 * now and then malformed.
 */
export const leadCodeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ONE_CODE).map(({ printed }) => printed) },
  { weight: 2, arbitrary: fc.array(anyItem, { minLength: 2, maxLength: 3 }).map((items) => items.join("; ")) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_ITEMS).map(({ printed }) => printed) },
  { weight: 1, arbitrary: fc.constantFrom(...MALFORMED, "") }
)

/** A contributing indicator's code cell: one code, mostly; now and then several, a strategy or a malformed code. */
export const indicatorCodeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ONE_CODE).map(({ printed }) => printed) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_ITEMS).map(({ printed }) => printed) },
  { weight: 1, arbitrary: fc.constantFrom(...MALFORMED, "", "NI 50; NI 69", " NI 50 ") }
)
