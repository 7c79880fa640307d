import type { PlanLink } from "./events.js"

const KINDS: ReadonlyArray<readonly [RegExp, PlanLink["kind"]]> = [
  [/^NI\s*\d+[a-z]?$/iu, "indicator"],
  [/^(K?CYPP|KCT)\s+(priority\s+\d+|\d+\s+priority)$/iu, "cypp-priority"],
  [/^(K?CYPP\s+)?outcome\s+\d+[a-z]$/iu, "cypp-outcome"],
  [/^(K?CYPP\s+)?(key\s+)?enabler\s+[A-D]$/iu, "key-enabler"],
  [/^LAA\s*\d*\s*\(?[ivx]+\)?/iu, "laa-target"],
  [/^\d{4}\s+target\s+\d+$/iu, "directorate-target"],
  [/^[A-Z]{2,5}\s?\d+$/u, "local-priority"]
]

/**
 * Reads one plan link as printed: `NI 50` is an indicator, `KCYPP priority 2` a county plan
 * priority, `Outcome 2d` a county plan outcome, `LAA2 (II)` a Local Area Agreement target,
 * `2010 TARGET 16` a directorate target, `EWB1` another local priority; anything else (`CAMHS
 * Strategy`) names a strategy. The code is kept as printed, with runs of spaces closed up.
 *
 * @example
 * import { PlanLinkText } from "@plan-ledger/core"
 * PlanLinkText.parse("NI 50") // { kind: "indicator", code: "NI 50" }
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (printed: string): PlanLink => {
  const code = printed.trim().replace(/\s+/gu, " ")
  const kind = KINDS.find(([pattern]) => pattern.test(code))?.[1] ?? "strategy"
  return { kind, code }
}

// "NI 54, 92 99,100-102": several National Indicators printed under one "NI", ranges included.
const INDICATOR_LIST = /^NI\s*\d+(?:\s*(?:[,\s]|[-–])\s*\d+)+\s*,?$/iu

const indicatorsIn = (printed: string): ReadonlyArray<PlanLink> =>
  [...printed.matchAll(/(\d+)(?:\s*[-–]\s*(\d+))?/gu)].flatMap(([, from = "", to]) => {
    const first = Number(from)
    const last = to === undefined ? first : Number(to)
    return last < first || last - first > 50
      ? [{ kind: "indicator" as const, code: `NI ${from}` }]
      : Array.from({ length: last - first + 1 }, (_, offset) => ({ kind: "indicator" as const, code: `NI ${first + offset}` }))
  })

/**
 * Reads a `; `-separated list of plan links. A run of indicators printed under one "NI"
 * (`NI 6, 21, 110`, `NI 100-102`) is read as one link per indicator.
 *
 * @category parsing
 * @since 0.2.0
 */
export const parseList = (printed: string): ReadonlyArray<PlanLink> =>
  printed
    .split(";")
    .map((link) => link.trim())
    .filter((link) => link !== "")
    .flatMap((link) => (INDICATOR_LIST.test(link) ? indicatorsIn(link) : [parse(link)]))
