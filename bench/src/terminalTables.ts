/**
 * Terminal tables: plan-ledger's layout (`terminalText` of `@plan-ledger/render-markdown`) beside
 * cli-table3, the most used table library for Node terminals, on the same tables:
 *
 * - the demo plan's budget statement and whole plan in an 80-column terminal: the widest line each
 *   writes (cli-table3 lays a table out at its cells' natural widths, whatever the terminal's);
 * - a table of 20,000 rows of text: the time to lay it out;
 * - one cell of 140,000 characters with accented letters: the time to lay it out.
 *
 * Each case is timed round by round, the two interleaved, and the median and range are printed.
 *
 * Usage: node --import tsx --conditions=@plan-ledger/source bench/src/terminalTables.ts [--runs 7]
 */
import { performance } from "node:perf_hooks"
import { BudgetStatement, CurrentPlan, InMemoryEventStore, Ledger } from "@plan-ledger/core"
import { loadKentLcsp200910, PLAN_ID } from "@plan-ledger/example-kent-lcsp-2009-10"
import { markdownRenderer, terminalText } from "@plan-ledger/render-markdown"
import Table from "cli-table3"
import { median } from "./Runs.js"

const runsArgument = process.argv.indexOf("--runs")
const runs = runsArgument === -1 ? 7 : Number(process.argv[runsArgument + 1])
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number of at least 1, such as 7 (got "${process.argv[runsArgument + 1]}")`)

const WIDTH = 80

interface Grid {
  readonly headers: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

const markdownOf = ({ headers, rows }: Grid): string =>
  [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n")

// The Markdown tables of a rendered view, as grids, so that cli-table3 is given the same cells.
const gridsOf = (markdown: string): ReadonlyArray<Grid> => {
  const grids: Array<Grid> = []
  let lines: Array<string> = []
  const flush = () => {
    const [header, , ...body] = lines.map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/u)
        .map((cell) => cell.trim())
    )
    if (header !== undefined) grids.push({ headers: header, rows: body })
    lines = []
  }
  for (const line of markdown.split("\n")) {
    if (line.startsWith("|") && line.endsWith("|")) lines.push(line)
    else flush()
  }
  flush()
  return grids
}

const cliTable3 = ({ headers, rows }: Grid): string => {
  const table = new Table({ head: [...headers], style: { head: [], border: [] } })
  table.push(...rows.map((row) => [...row]))
  return table.toString()
}
const planLedger = (grid: Grid): string => terminalText(markdownOf(grid), { width: WIDTH, color: false })

// The widest line of a table (a text line, such as the note of the columns left out, is wrapped by
// the terminal itself).
const TABLE_LINE = /^[|┌│├└]/u
const widest = (text: string): number =>
  Math.max(
    ...text
      .split("\n")
      .filter((line) => TABLE_LINE.test(line))
      .map((line) => [...line].length)
  )

const timed = (layout: (grid: Grid) => string, grid: Grid): number => {
  const started = performance.now()
  layout(grid)
  return performance.now() - started
}

const ledger = Ledger.make({ store: InMemoryEventStore.make() })
await loadKentLcsp200910(ledger)
const state = await ledger.state()
const viewOf = <View>(result: { readonly _tag: "Success"; readonly success: View } | { readonly _tag: "Failure" }): View => {
  if (result._tag === "Failure") throw new Error("the demo plan has no such view")
  return result.success
}
const budgetGrids = gridsOf(markdownRenderer.budgetStatement(viewOf(BudgetStatement.project(state, PLAN_ID))))
const planGrids = gridsOf(markdownRenderer.currentPlan(viewOf(CurrentPlan.project(state, PLAN_ID))))

const manyRows: Grid = {
  headers: ["Activity", "Lead", "Deliverable", "Due"],
  rows: Array.from({ length: 20_000 }, (_, index) => [
    `Activity ${index}`,
    "Head of Service",
    "Deliver the partnership's key action and report progress to the board",
    "31 March 2010"
  ])
}
const longCell: Grid = { headers: ["Note"], rows: [["Café résumé naïve ".repeat(140_000 / 18)]] }

const layouts = [
  ["plan-ledger terminalText", planLedger],
  ["cli-table3", cliTable3]
] as const
const cases = [
  ["budget statement (demo plan)", budgetGrids],
  ["the whole plan (demo plan)", planGrids],
  ["20,000 rows of text", [manyRows]],
  ["one 140,000-character accented cell", [longCell]]
] as const

process.stdout.write(`Terminal tables, ${runs} runs each, interleaved (Node ${process.version}), terminal ${WIDTH} columns:\n\n`)
process.stdout.write("| table | layout | widest table line | median | range |\n|---|---|--:|--:|--:|\n")
for (const [name, grids] of cases) {
  const timings = new Map<string, Array<number>>(layouts.map(([layout]) => [layout, []]))
  for (let round = 0; round < runs; round++)
    for (const [layout, lay] of layouts) timings.get(layout)?.push(grids.reduce((sum, grid) => sum + timed(lay, grid), 0))
  for (const [layout, lay] of layouts) {
    const values = timings.get(layout) ?? []
    const width = Math.max(...grids.map((grid) => widest(lay(grid))))
    process.stdout.write(
      `| ${name} | ${layout} | ${width} | ${median(values).toFixed(1)} ms | ${Math.min(...values).toFixed(1)} – ${Math.max(...values).toFixed(1)} ms |\n`
    )
  }
}
