import { formatImportProblem, type ImportProblem } from "./Importer.js"

/**
 * How many problems of one kind are printed in full before the rest of that kind is counted.
 *
 * @category formatting
 * @since 0.4.0
 */
export const SHOWN_PER_KIND = 3

/** How many runs of lines the count of a kind names before it stops naming them. */
const RUNS_NAMED = 8

// Problems are of one kind when they are in the same column of the same table and say the same
// thing but for the value quoted: a value typed wrongly on fifty thousand rows is one mistake.
const kindOf = (problem: ImportProblem): string =>
  JSON.stringify([
    problem.file,
    problem.sheet ?? "",
    problem.columnName ?? problem.column,
    problem.problem.replace(/"(?:[^"\\]|\\.)*"/g, '"…"'),
    problem.expected.replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
  ])

const thousands = (value: number): string => value.toLocaleString("en-GB")

// Lines as runs (`5–9, 12, 20–49,997`), at most `RUNS_NAMED` of them, then how many more lines.
const linesInRuns = (lines: ReadonlyArray<number>): string => {
  const runs: Array<{ first: number; last: number }> = []
  for (const line of lines) {
    const run = runs.at(-1)
    if (run !== undefined && line === run.last + 1) run.last = line
    else if (run === undefined || line !== run.last) runs.push({ first: line, last: line })
  }
  const named = runs
    .slice(0, RUNS_NAMED)
    .map(({ first, last }) => (first === last ? thousands(first) : `${thousands(first)}–${thousands(last)}`))
  const rest = runs.slice(RUNS_NAMED).reduce((count, { first, last }) => count + last - first + 1, 0)
  return rest === 0 ? named.join(", ") : `${named.join(", ")} and ${thousands(rest)} more`
}

/**
 * The problems of a file as the lines a person reads: each kind of problem (the same column, the
 * same complaint but for the value quoted) in full for its first {@link SHOWN_PER_KIND}, then one
 * line counting the rest of that kind and naming their lines, so a mistake repeated on every row
 * of a large file is a few lines, not one per row. Kinds keep the order of their first problem.
 *
 * @example
 * import { summarizeImportProblems } from "@plan-ledger/core/adapters"
 * // "budget.csv:2:2 (fte): …", …, "budget.csv (fte): 49,997 more like the above, on lines 5–50,001"
 *
 * @category formatting
 * @since 0.4.0
 */
export const summarizeImportProblems = (problems: ReadonlyArray<ImportProblem>): ReadonlyArray<string> => {
  const kinds = new Map<string, Array<ImportProblem>>()
  for (const problem of problems) {
    const key = kindOf(problem)
    const kind = kinds.get(key)
    if (kind === undefined) kinds.set(key, [problem])
    else kind.push(problem)
  }
  const lines: Array<string> = []
  for (const kind of kinds.values()) {
    for (const problem of kind.slice(0, SHOWN_PER_KIND)) lines.push(formatImportProblem(problem))
    const rest = kind.slice(SHOWN_PER_KIND)
    const [first] = rest
    if (first === undefined) continue
    const where = `${first.file}${first.sheet === undefined ? "" : ` [${first.sheet}]`}${first.columnName === undefined ? "" : ` (${first.columnName})`}`
    const noun = first.sheet === undefined ? "line" : "row"
    lines.push(
      `${where}: ${thousands(rest.length)} more like the above, on ${rest.length === 1 ? noun : `${noun}s`} ${linesInRuns(rest.map((problem) => problem.line))}`
    )
  }
  return lines
}
