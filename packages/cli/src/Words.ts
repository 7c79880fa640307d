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

// Edits between two names: insertions, deletions, substitutions and swaps of neighbouring letters
// (`shwo` is one edit from `show`).
const editDistance = (left: string, right: string): number => {
  const rows: Array<Array<number>> = [Array.from({ length: right.length + 1 }, (_, index) => index)]
  for (let i = 1; i <= left.length; i++) {
    const row = [i]
    for (let j = 1; j <= right.length; j++) {
      const above = rows[i - 1] ?? []
      let distance = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1])
        distance = Math.min(distance, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      row.push(distance)
    }
    rows.push(row)
  }
  return rows[left.length]?.[right.length] ?? 0
}
