/**
 * The SQLite store on its two drivers, better-sqlite3 and node:sqlite, side by side in one run.
 * Every measurement is a fresh process of the built packages with `PLAN_LEDGER_SQLITE_DRIVER` set;
 * the drivers alternate within each round (better-sqlite3 first in odd rounds, node:sqlite first
 * in even ones), so drift in the machine's speed falls on both alike:
 *
 * - **batch appends**: the generated workload (`Workload.ts`), `--append-events` events (default
 *   100,000) in batches of 100, each at its stream's exact expected revision, into a fresh ledger;
 * - **single appends**: then `--singles` one-event appends (default 2,000) to one stream: median and
 *   p99 latency;
 * - **full replay**: `LedgerState.fromStore` and every projection over a ledger of `--events`
 *   events (default 1,000,000), no snapshot (`replayChild.ts`);
 * - **`plan-ledger show budget`** of one generated plan (about 11,000 events) on that ledger, the
 *   built command, timed from spawn to exit.
 *
 * Both drivers open the ledger through the same store, so with the same durability: WAL and
 * `synchronous = FULL` (each append child reports the settings it ran with, and the run stops if
 * they differ). The million-event ledger is built once (batches of 1,000) and reused by later runs;
 * both drivers replay and show the very same file.
 *
 * Usage: pnpm --dir bench drivers [--runs 7] [--events 1000000] [--append-events 100000] [--singles 2000]
 * (builds the workspace first), or after `pnpm build`: node --import tsx bench/src/sqliteDrivers.ts
 */
import { existsSync, renameSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { fileURLToPath } from "node:url"
import { openStore } from "@plan-ledger/stores"
import { appendWorkload } from "./Append.js"
import type { ReplayFigures } from "./Replay.js"
import { lastJsonLine, median, timedRun } from "./Runs.js"
import { removeSqliteLedger } from "./SqliteLedgerFiles.js"
import { wholeNumber } from "./WholeNumber.js"

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    events: { type: "string", default: "1000000" },
    "append-events": { type: "string", default: "100000" },
    singles: { type: "string", default: "2000" },
    directory: { type: "string", default: "/tmp" }
  }
})
const runs = wholeNumber("runs", values.runs)
const ledgerEvents = wholeNumber("events", values.events)
const appendEvents = wholeNumber("append-events", values["append-events"])
const singles = wholeNumber("singles", values.singles)
const BATCH = 100

const DRIVERS = ["better-sqlite3", "node:sqlite"] as const
type Driver = (typeof DRIVERS)[number]
// better-sqlite3 is installed apart from the workspace (test/better-sqlite3, `pnpm drivers`
// installs it); its processes load it from there.
const BETTER_SQLITE3_RESOLUTION = fileURLToPath(new URL("../../test/better-sqlite3/resolve.mjs", import.meta.url))
const envOf = (driver: Driver) => ({
  PLAN_LEDGER_SQLITE_DRIVER: driver,
  NODE_OPTIONS: driver === "better-sqlite3" ? `--import=${BETTER_SQLITE3_RESOLUTION}` : ""
})

const BIN = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url))
const child = (name: string): string => fileURLToPath(new URL(`../dist/${name}.js`, import.meta.url))
for (const built of [BIN, child("appendChild"), child("replayChild")])
  if (!existsSync(built)) throw new Error(`${built} is missing: run "pnpm build" first (pnpm --dir bench drivers builds it)`)

const succeeded = (args: ReadonlyArray<string>, driver: Driver) => {
  const run = timedRun(args, envOf(driver))
  if (run.status !== 0) throw new Error(`${driver}: node ${args.join(" ")} exited ${run.status}: ${run.stderr.trim()}`)
  return run
}

const load = (): string =>
  loadavg()
    .map((average) => average.toFixed(2))
    .join(", ")
const loadAtStart = load()

// The million-event ledger both drivers read, written once through the default driver.
const ledger = join(values.directory, `plan-ledger-drivers-${ledgerEvents}.db`)
const ledgerUrl = `sqlite:${ledger}`
if (!existsSync(ledger)) {
  // Written under another name and renamed once whole, so a run stopped midway leaves no
  // half-written ledger for the next run to measure.
  const partial = `${ledger}.partial`
  removeSqliteLedger(partial)
  const store = await openStore(`sqlite:${partial}`)
  await appendWorkload(store, ledgerEvents, 1000, (appended) => {
    if (appended % 100_000 === 0) process.stderr.write(`${ledger}: ${appended} events appended\n`)
  })
  await store.close()
  renameSync(partial, ledger)
}
const plan = "lcsp-1-fy2009-10"

interface AppendFigures {
  readonly driver: string
  readonly sqlite: string
  readonly journalMode: string
  readonly synchronous: string
  readonly batchEventsPerSecond: number
  readonly singleMedianMs: number
  readonly singleP99Ms: number
}

const MEASURES = [
  {
    name: `batch appends (${BATCH} events a batch, ${appendEvents.toLocaleString("en-GB")} events)`,
    unit: "events/s",
    higherIsBetter: true
  },
  { name: `single appends (${singles.toLocaleString("en-GB")}): median`, unit: "ms", higherIsBetter: false },
  { name: "single appends: p99", unit: "ms", higherIsBetter: false },
  { name: `full replay of ${ledgerEvents.toLocaleString("en-GB")} events, no snapshot`, unit: "events/s", higherIsBetter: true },
  { name: `\`plan-ledger show budget --plan ${plan}\``, unit: "ms", higherIsBetter: false }
] as const
const figures = new Map<Driver, Array<Array<number>>>(DRIVERS.map((driver) => [driver, MEASURES.map(() => [])]))
const record = (driver: Driver, measure: number, value: number): void => {
  figures.get(driver)?.[measure]?.push(value)
}
const settings = new Map<Driver, AppendFigures>()

const appendOnce = (driver: Driver): void => {
  const path = join(values.directory, `plan-ledger-drivers-append-${process.pid}.db`)
  removeSqliteLedger(path)
  try {
    const appended = lastJsonLine<AppendFigures>(
      succeeded([child("appendChild"), path, String(appendEvents), String(BATCH), String(singles)], driver).stdout
    )
    if (appended.driver !== driver) throw new Error(`asked for ${driver}, the store ran on ${appended.driver}`)
    if (appended.journalMode !== "wal" || appended.synchronous !== "FULL")
      throw new Error(`${driver} appended with journal_mode ${appended.journalMode}, synchronous ${appended.synchronous}`)
    settings.set(driver, appended)
    record(driver, 0, appended.batchEventsPerSecond)
    record(driver, 1, appended.singleMedianMs)
    record(driver, 2, appended.singleP99Ms)
  } finally {
    removeSqliteLedger(path)
  }
}
const replayOnce = (driver: Driver): void => {
  record(driver, 3, lastJsonLine<ReplayFigures>(succeeded([child("replayChild"), ledgerUrl], driver).stdout).eventsPerSecond)
}
const showArgs = [BIN, "show", "budget", "--plan", plan, "--store", ledgerUrl]
const showOnce = (driver: Driver): void => {
  record(driver, 4, succeeded(showArgs, driver).ms)
}

// One run of each before timing, so both find the file in the page cache and the command built.
for (const driver of DRIVERS) succeeded(showArgs, driver)
for (let round = 0; round < runs; round++) {
  const order = round % 2 === 0 ? DRIVERS : ([...DRIVERS].reverse() as ReadonlyArray<Driver>)
  for (const measure of [appendOnce, replayOnce, showOnce]) for (const driver of order) measure(driver)
  process.stderr.write(`round ${round + 1} of ${runs} done (load average ${load()})\n`)
}

const shown = (value: number, unit: string): string =>
  unit === "ms" && value < 10 ? value.toFixed(3) : Math.round(value).toLocaleString("en-GB")
const summary = (values: ReadonlyArray<number>, unit: string): string =>
  `${shown(median(values), unit)} ${unit} (${shown(Math.min(...values), unit)} – ${shown(Math.max(...values), unit)})`
const versionOf = (driver: Driver): string => settings.get(driver)?.sqlite ?? "?"

const lines = [
  `SQLite drivers side by side: ${runs} interleaved runs each, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  `better-sqlite3 runs SQLite ${versionOf("better-sqlite3")}, node:sqlite SQLite ${versionOf("node:sqlite")}; both journal_mode=WAL, synchronous=FULL`,
  `Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${load()}`,
  "",
  "| measured | better-sqlite3: median (range) | node:sqlite: median (range) | node:sqlite ÷ better-sqlite3 (above 1 is faster) | within 10% or faster |",
  "|---|---:|---:|---:|---|"
]
for (const [index, { name, unit, higherIsBetter }] of MEASURES.entries()) {
  const native = figures.get("better-sqlite3")?.[index] ?? []
  const builtIn = figures.get("node:sqlite")?.[index] ?? []
  const ratio = higherIsBetter ? median(builtIn) / median(native) : median(native) / median(builtIn)
  // Within 10%: at least 90% of better-sqlite3's rate, or at most 110% of its time.
  const within = higherIsBetter ? median(builtIn) >= 0.9 * median(native) : median(builtIn) <= 1.1 * median(native)
  lines.push(`| ${name} | ${summary(native, unit)} | ${summary(builtIn, unit)} | ${ratio.toFixed(2)}× | ${within ? "yes" : "no"} |`)
}
process.stdout.write(`${lines.join("\n")}\n`)
// Every measurement, for pooling runs taken at different times.
process.stderr.write(`${JSON.stringify({ measures: MEASURES.map(({ name }) => name), figures: Object.fromEntries(figures) })}\n`)
