// The store benchmark of docs/performance.md. For each store URL: append the generated workload
// in batches, time single-event appends, then replay everything into all core projections in
// fresh processes running the built packages (for honest peak-memory figures). Prints a Markdown
// table. `pnpm bench` builds the workspace first.
//
//   pnpm bench --events 1000000 --store sqlite:/tmp/bench.db --store jsonl:/tmp/bench.jsonl
//   pnpm bench --replay-only --runs 9 --store sqlite:/tmp/bench.db   # replay a store filled before
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { parseArgs } from "node:util"
import { fileURLToPath } from "node:url"
import { openStore } from "@plan-ledger/stores"
import { appendWorkload, singleEventLatency } from "./Append.js"
import type { ReplayFigures } from "./Replay.js"
import { lastJsonLine } from "./Runs.js"

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    batch: { type: "string", default: "1000" },
    latency: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    "replay-only": { type: "boolean", default: false },
    store: { type: "string", multiple: true, default: ["sqlite:/tmp/plan-ledger-bench.db"] }
  }
})
const totalEvents = Number(values.events)
const batchSize = Number(values.batch)
const latencySamples = Number(values.latency)
const replayRuns = Number(values.runs)

const replayChild = fileURLToPath(new URL("../dist/replayChild.js", import.meta.url))
if (!existsSync(replayChild)) {
  process.stderr.write(`${replayChild} is missing: run the benchmark with "pnpm bench", which builds it first.\n`)
  process.exit(2)
}

const replayInFreshProcess = (url: string): ReplayFigures => {
  const output = execFileSync(process.execPath, [replayChild, url], { encoding: "utf8", maxBuffer: 1 << 20 })
  return lastJsonLine<ReplayFigures>(output)
}

// Replay speed varies from run to run with the garbage collector's choices (docs/performance.md),
// so every replay is run several times: the median speed, the range, and the highest peak memory.
const replaySeveralTimes = (url: string) => {
  const runs = Array.from({ length: replayRuns }, () => replayInFreshProcess(url))
  const speeds = runs.map((run) => run.eventsPerSecond).sort((left, right) => left - right)
  return {
    events: runs[0]?.events ?? 0,
    medianEventsPerSecond: speeds[Math.floor(speeds.length / 2)] ?? 0,
    slowest: speeds[0] ?? 0,
    fastest: speeds.at(-1) ?? 0,
    peakRssMegabytes: Math.max(...runs.map((run) => run.peakRssMegabytes))
  }
}

const format = (value: number): string => value.toLocaleString("en-GB")

const rows: Array<string> = []
for (const url of values.store) {
  const store = await openStore(url)
  const append = values["replay-only"]
    ? undefined
    : await appendWorkload(store, totalEvents, batchSize, (appended) => {
        if (appended % 100_000 === 0) process.stderr.write(`${url}: ${appended} events appended\n`)
      })
  const latency = values["replay-only"] ? undefined : await singleEventLatency(store, latencySamples)
  const verified = await store.verify()
  await store.close()
  const replay = replaySeveralTimes(url)
  rows.push(
    `| \`${url.split(":")[0]}\` | ${append === undefined ? "–" : format(append.eventsPerSecond)} | ${latency?.medianMs ?? "–"} | ${latency?.p99Ms ?? "–"} | ${format(replay.events)} | ${format(replay.medianEventsPerSecond)} (${format(replay.slowest)}–${format(replay.fastest)}) | ${replay.peakRssMegabytes} | ${verified.ok ? "ok" : "DAMAGED"} |`
  )
}

process.stdout.write(
  [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    "",
    `| store | append events/s (batches of ${batchSize}) | single append median ms | p99 ms | replayed | replay events/s, median of ${replayRuns} (range) | replay peak RSS MB (highest) | verify |`,
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    ""
  ].join("\n")
)
