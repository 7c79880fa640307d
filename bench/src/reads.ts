/**
 * What reads cost on a large ledger, measured side by side in one run. Builds (once) a SQLite
 * ledger of the generated workload — 92 plans revised month after month, `--events` events in all
 * (default 1,000,000) — plus the bundled Kent plans of `plan-ledger demo` (a plan of realistic
 * size, with the reference catalogues it links to), takes its snapshot with `plan-ledger rebuild`,
 * then runs, interleaved round by round so that drift in the machine's speed falls on all alike:
 *
 * - `node -e 0` — Node starting and stopping, the floor;
 * - `plan-ledger show budget` of the Kent business plan, and of one generated plan (about 11,000
 *   events), each reading only its plan's streams;
 * - `plan-ledger show plans`, a whole-ledger view, starting from the snapshot;
 * - opening the whole ledger's state from the snapshot in a fresh process (`LedgerSnapshot.open`,
 *   timed inside the process);
 * - a full replay into every projection, without the snapshot (`LedgerState.fromStore`, as
 *   `docs/performance.md` has always measured it).
 *
 * Usage: pnpm build && node --import tsx bench/src/reads.ts [--ledger /tmp/plan-ledger-reads.db] [--events 1000000] [--runs 7]
 */
import { existsSync } from "node:fs"
import { parseArgs } from "node:util"
import { fileURLToPath } from "node:url"
import { openStore } from "@plan-ledger/stores"
import { appendWorkload } from "./Append.js"
import type { ReplayFigures } from "./Replay.js"
import { lastJsonLine, median, timedRun } from "./Runs.js"

const { values } = parseArgs({
  options: {
    ledger: { type: "string", default: "/tmp/plan-ledger-reads.db" },
    events: { type: "string", default: "1000000" },
    runs: { type: "string", default: "7" }
  }
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, such as 7 (got "${values.runs}")`)
const url = `sqlite:${values.ledger}`
const BIN = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url))
const child = (name: string): string => fileURLToPath(new URL(`../dist/${name}.js`, import.meta.url))
for (const built of [BIN, child("snapshotChild"), child("replayChild")])
  if (!existsSync(built)) throw new Error(`${built} is missing: run "pnpm build" first`)

const succeeded = (args: ReadonlyArray<string>) => {
  const run = timedRun(args)
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr.trim()}`)
  return run
}

if (!existsSync(values.ledger)) {
  const store = await openStore(url)
  await appendWorkload(store, Number(values.events), 1000, (appended) => {
    if (appended % 100_000 === 0) process.stderr.write(`${url}: ${appended} events appended\n`)
  })
  await store.close()
  succeeded([BIN, "demo", "--store", url])
}
const store = await openStore(url)
const head = await store.head()
await store.close()
const rebuild = succeeded([BIN, "rebuild", "--store", url])
process.stderr.write(`${rebuild.stdout.trim()} (${(rebuild.ms / 1000).toFixed(1)} s)\n`)

type Case = { readonly name: string; readonly args: ReadonlyArray<string>; readonly measure: (run: ReturnType<typeof timedRun>) => number }
const wallClock = (run: ReturnType<typeof timedRun>): number => run.ms
const cases: ReadonlyArray<Case> = [
  { name: "node -e 0", args: ["-e", "0"], measure: wallClock },
  {
    name: "plan-ledger show budget --plan lcsp-business-plan-2009-10",
    args: [BIN, "show", "budget", "--plan", "lcsp-business-plan-2009-10", "--store", url],
    measure: wallClock
  },
  {
    name: "plan-ledger show budget --plan lcsp-1-fy2009-10",
    args: [BIN, "show", "budget", "--plan", "lcsp-1-fy2009-10", "--store", url],
    measure: wallClock
  },
  { name: "plan-ledger show plans (from the snapshot)", args: [BIN, "show", "plans", "--store", url], measure: wallClock },
  {
    name: "open the whole ledger's state from the snapshot (in-process ms)",
    args: [child("snapshotChild"), url],
    measure: (run) => {
      const opened = lastJsonLine<{ readonly ms: number; readonly use: string }>(run.stdout)
      if (opened.use !== "Used") throw new Error(`the snapshot was not used (${opened.use}): run plan-ledger rebuild`)
      return opened.ms
    }
  },
  {
    name: "full replay, no snapshot (events/s)",
    args: [child("replayChild"), url],
    measure: (run) => lastJsonLine<ReplayFigures>(run.stdout).eventsPerSecond
  }
]
for (const { args } of cases) succeeded(args)
const figures = new Map<string, Array<number>>(cases.map(({ name }) => [name, []]))
for (let round = 0; round < runs; round++) {
  for (const { name, args, measure } of cases) figures.get(name)?.push(measure(succeeded(args)))
  process.stderr.write(`round ${round + 1} of ${runs} done\n`)
}

const floor = median(figures.get("node -e 0") ?? [])
const shown = (value: number): string => Math.round(value).toLocaleString("en-GB")
process.stdout.write(
  `Reads on ${url}: ${head.globalPosition.toLocaleString("en-GB")} events, ${runs} interleaved runs each (Node ${process.version})\n\n| measured | median | range | median − node -e 0 |\n|---|---:|---:|---:|\n`
)
for (const [name, measured] of figures) {
  const unit = name.includes("events/s") ? "" : " ms"
  const fromFloor = name.startsWith("plan-ledger") ? `${shown(median(measured) - floor)} ms` : "—"
  process.stdout.write(
    `| ${name} | ${shown(median(measured))}${unit} | ${shown(Math.min(...measured))} – ${shown(Math.max(...measured))}${unit} | ${fromFloor} |\n`
  )
}
