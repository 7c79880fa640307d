import { closest, distance } from "fastest-levenshtein"

/**
 * A count with its noun in the right number: `1 row`, `2 rows`, `1 query`, `3 queries`.
 *
 * @example
 * import { counted } from "./Words.js"
 * counted(1, "row") // "1 row"
 * counted(1234, "event") // "1,234 events"
 *
 * @category words
 * @since 0.1.0
 */
export const counted = (count: number, singular: string, plural = `${singular}s`): string =>
  `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`

/**
 * The name in `candidates` nearest to `name` by edit distance, or `undefined` when none is close
 * enough to be what was meant (more than a third of the name differs). Commander suggests the
 * nearest command or option itself; this is for the values it does not: views, tables, formats,
 * store schemes.
 *
 * @example
 * import { nearest } from "./Words.js"
 * nearest("budgte", ["plans", "budget", "staffing"]) // "budget"
 * nearest("pdf", ["md", "json", "csv"]) // undefined
 *
 * @category words
 * @since 0.1.0
 */
export const nearest = (name: string, candidates: ReadonlyArray<string>): string | undefined => {
  if (candidates.length === 0) return undefined
  const best = closest(name, [...candidates])
  return distance(name, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined
}
