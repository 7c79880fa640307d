/**
 * How long the built `plan-ledger` command takes to start, against Node itself. Runs, interleaved
 * round by round so that drift in the machine's speed falls on all of them alike:
 *
 * - `node -e 0` — Node starting and stopping, the floor;
 * - `plan-ledger --help`;
 * - `plan-ledger show budget` on the demo ledger, kept with `plan-ledger demo --keep --store …`;
 * - `plan-ledger show budget --format html` (the HTML renderer and Vega loaded, one table drawn);
 * - `plan-ledger report` of the demo plan to an HTML file (every view, every chart).
 *
 * The command is run as the built bin (`node packages/cli/dist/main.js`), never through a package
 * manager. Prints the median and range of each, and the medians' distance from `node -e 0`.
 *
 * Usage: pnpm build && node --import tsx bench/src/startup.ts [--runs 15]
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { median, timedRun } from "./Runs.js"

const BIN = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url))
const DEMO_PLAN = "lcsp-business-plan-2009-10"

const runsArgument = process.argv.indexOf("--runs")
const runs = runsArgument === -1 ? 15 : Number(process.argv[runsArgument + 1])
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number of at least 1, such as 15 (got "${process.argv[runsArgument + 1]}")`)

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-startup-"))
const store = `sqlite:${join(directory, "ledger.db")}`

try {
  const demo = timedRun([BIN, "demo", "--keep", "--store", store])
  if (demo.status !== 0) process.stderr.write(`note: plan-ledger demo exited ${demo.status}: ${demo.stderr.trim()}\n`)
  const cases: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
    ["node -e 0", ["-e", "0"]],
    ["plan-ledger --help", [BIN, "--help"]],
    ["plan-ledger show budget", [BIN, "show", "budget", "--plan", DEMO_PLAN, "--store", store]],
    ["plan-ledger show budget --format html", [BIN, "show", "budget", "--plan", DEMO_PLAN, "--format", "html", "--store", store]],
    [
      "plan-ledger report (HTML)",
      [BIN, "report", "--plan", DEMO_PLAN, "--out", join(directory, "report.html"), "--on", "2009-09-01", "--store", store]
    ]
  ]
  for (const [name, args] of cases) {
    const check = timedRun(args)
    if (check.status !== 0) throw new Error(`${name} exited ${check.status}: ${check.stderr.trim()}`)
  }
  const timings = new Map<string, Array<number>>(cases.map(([name]) => [name, []]))
  for (let round = 0; round < runs; round++) for (const [name, args] of cases) timings.get(name)?.push(timedRun(args).ms)
  const floor = median(timings.get("node -e 0") ?? [])
  process.stdout.write(
    `Start-up, ${runs} runs each, interleaved (Node ${process.version}):\n\n| command | median | range | median − node -e 0 |\n|---|---:|---:|---:|\n`
  )
  for (const [name, values] of timings) {
    const middle = median(values)
    process.stdout.write(
      `| \`${name}\` | ${middle.toFixed(0)} ms | ${Math.min(...values).toFixed(0)} – ${Math.max(...values).toFixed(0)} ms | ${name === "node -e 0" ? "—" : `${(middle - floor).toFixed(0)} ms`} |\n`
    )
  }
} finally {
  rmSync(directory, { recursive: true, force: true })
}
