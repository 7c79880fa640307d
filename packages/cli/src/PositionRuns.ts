/**
 * Global positions in ascending order written as runs: `4`, `4–3003`, `2, 5–9` — so a torn tail
 * of thousands of events takes one short line, not one number each.
 */
export const positionRuns = (positions: ReadonlyArray<number>): string => {
  const runs: Array<[number, number]> = []
  for (const position of positions) {
    const last = runs.at(-1)
    if (last !== undefined && position === last[1] + 1) last[1] = position
    else runs.push([position, position])
  }
  return runs.map(([from, to]) => (to > from ? `${from}–${to}` : `${from}`)).join(", ")
}
