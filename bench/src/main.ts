// The store benchmark of docs/performance.md. For each store URL: append the generated workload
// in batches, time single-event appends, then replay everything into all core projections in a
// fresh process (for an honest peak-memory figure). Prints a Markdown table.
//
//   pnpm --filter @plan-ledger/bench bench -- --events 1000000 --store sqlite:/tmp/bench.db --store jsonl:/tmp/bench.jsonl
import { execFileSync } from "node:child_process"
import { cpus, totalmem } from "node:os"
import { parseArgs } from "node:util"
import { fileURLToPath } from "node:url"
import { openStore } from "@plan-ledger/stores"
import { appendWorkload, singleEventLatency } from "./Append.js"
import type { ReplayFigures } from "./Replay.js"

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    batch: { type: "string", default: "1000" },
    latency: { type: "string", default: "2000" },
    store: { type: "string", multiple: true, default: ["sqlite:/tmp/plan-ledger-bench.db"] }
  }
})
const totalEvents = Number(values.events)
const batchSize = Number(values.batch)
const latencySamples = Number(values.latency)

const replayInFreshProcess = (url: string): ReplayFigures => {
  const child = fileURLToPath(new URL("./replayChild.ts", import.meta.url))
  const output = execFileSync(process.execPath, ["--import", "tsx", "--conditions=@plan-ledger/source", child, url], { encoding: "utf8", maxBuffer: 1 << 20 })
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as ReplayFigures
}

const rows: Array<string> = []
for (const url of values.store) {
  const store = await openStore(url)
  const append = await appendWorkload(store, totalEvents, batchSize, (appended) => {
    if (appended % 100_000 === 0) process.stderr.write(`${url}: ${appended} events appended\n`)
  })
  const latency = await singleEventLatency(store, latencySamples)
  const verified = await store.verify()
  await store.close()
  const replay = replayInFreshProcess(url)
  rows.push(
    `| \`${url.split(":")[0]}\` | ${append.events.toLocaleString("en-GB")} | ${append.eventsPerSecond.toLocaleString("en-GB")} | ${latency.medianMs} | ${latency.p99Ms} | ${replay.events.toLocaleString("en-GB")} | ${replay.eventsPerSecond.toLocaleString("en-GB")} | ${replay.peakRssMegabytes} | ${verified.ok ? "ok" : "DAMAGED"} |`
  )
}

process.stdout.write(
  [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    "",
    "| store | events | append events/s (batches of " + batchSize + ") | single append median ms | p99 ms | replayed | replay events/s | replay peak RSS MB | verify |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    ""
  ].join("\n")
)
