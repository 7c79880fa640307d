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
export const counted = (count: number, singular: string, plural = `${singular}s`): string => `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`

/**
 * The name in `candidates` nearest to `name` by edit distance, or `undefined` when none is close
 * enough to be what was meant (more than a third of the name differs).
 *
 * @category words
 * @since 0.1.0
 */
export const nearest = (name: string, candidates: ReadonlyArray<string>): string | undefined => {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined
}

const editDistance = (left: string, right: string): number => {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let i = 1; i <= left.length; i++) {
    const current = [i]
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[right.length] ?? 0
}
