// The Merkle tree benchmark of docs/performance.md, on SQLite. One run appends the same generated
// workload to two fresh ledgers side by side, a slice to each in turn: one as the store ships,
// keeping the tree's nodes (from level 4 up) with every append, and one whose node rows a trigger drops, so its
// appends store the events only (they still compute the nodes: what computing them costs alone is
// timed apart). Then, on the ledger that kept its nodes: inclusion and consistency proofs at random
// leaves and sizes, and tree heads at the log's head (a checkpoint's cost without signing). Prints
// Markdown tables: medians and ranges.
//
//   node --import tsx --conditions=@plan-ledger/source bench/src/merkle.ts --events 1000000
import { randomInt } from "node:crypto"
import { cpus, totalmem } from "node:os"
import { performance } from "node:perf_hooks"
import { parseArgs } from "node:util"
import { LedgerEvents } from "@plan-ledger/core/store"
import { MerkleProofs } from "@plan-ledger/eventstore"
import { openSqliteEventStore, type SqliteEventStore } from "@plan-ledger/store-sqlite"
import { hashingSeconds as hashingSecondsOf } from "./NodeHashing.js"
import { format, type Spread, spread } from "./Spread.js"
import { generate } from "./Workload.js"
import { removeSqliteLedger } from "./SqliteLedgerFiles.js"

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    batch: { type: "string", default: "1000" },
    slices: { type: "string", default: "20" },
    samples: { type: "string", default: "201" },
    directory: { type: "string", default: "/tmp" }
  }
})
const totalEvents = Number(values.events)
const batchSize = Number(values.batch)
const slices = Number(values.slices)
const samples = Number(values.samples)

const freshLedger = async (name: string): Promise<SqliteEventStore> => {
  const path = `${values.directory}/plan-ledger-merkle-${name}-${totalEvents}.db`
  removeSqliteLedger(path)
  return openSqliteEventStore(path, { events: LedgerEvents })
}

const withNodes = await freshLedger("with-nodes")
const eventsOnly = await freshLedger("events-only")
eventsOnly.database.exec("CREATE TRIGGER drop_merkle_nodes BEFORE INSERT ON merkle_nodes BEGIN SELECT RAISE(IGNORE); END")

// Both ledgers get the same batches, a slice of the workload to each in turn (the first store of a
// slice alternating), so that whatever else the machine does falls on both alike.
const appending = (name: string, store: SqliteEventStore) => ({
  name,
  store,
  workload: generate(totalEvents, batchSize),
  revisions: new Map<string, number>(),
  rates: [] as Array<number>,
  seconds: 0
})
const ledgers = [appending("with nodes", withNodes), appending("events only", eventsOnly)]
const sliceSize = Math.ceil(totalEvents / slices)
for (let slice = 0; slice < slices; slice++) {
  const order = slice % 2 === 0 ? ledgers : [...ledgers].reverse()
  for (const ledger of order) {
    let appended = 0
    const started = performance.now()
    while (appended < sliceSize) {
      const next = ledger.workload.next()
      if (next.done === true) break
      const batch = next.value
      const result = await ledger.store.appendToStream(batch.stream, batch.events, {
        expectedRevision: ledger.revisions.get(batch.stream) ?? "no-stream"
      })
      ledger.revisions.set(batch.stream, result.nextExpectedRevision)
      appended += batch.events.length
    }
    const seconds = (performance.now() - started) / 1000
    ledger.seconds += seconds
    if (appended > 0) ledger.rates.push(appended / seconds)
  }
  process.stderr.write(`slice ${slice + 1} of ${slices} appended to both ledgers\n`)
}

// What computing the nodes costs alone, a batch at a time as an append computes them.
const hashingSeconds = spread(hashingSecondsOf(totalEvents, batchSize, 5))

const size = (await withNodes.head()).globalPosition
const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now()
  await work()
  return performance.now() - started
}
const inclusion: Array<number> = []
const consistency: Array<number> = []
const treeHeads: Array<number> = []
for (let sample = 0; sample < samples; sample++) {
  inclusion.push(await timed(() => MerkleProofs.inclusionProof(withNodes.merkle, randomInt(size), size)))
  consistency.push(await timed(() => MerkleProofs.consistencyProof(withNodes.merkle, randomInt(1, size + 1), size)))
  treeHeads.push(await timed(async () => MerkleProofs.treeHead(withNodes.merkle, (await withNodes.head()).globalPosition)))
}
const nodeRows = withNodes.database.prepare<[count: number]>("SELECT count(*) FROM merkle_nodes").get()?.[0] ?? 0
await withNodes.close()
await eventsOnly.close()

const figuresOf = (ledger: (typeof ledgers)[number]) => ({
  name: ledger.name,
  overall: size / ledger.seconds,
  slices: spread(ledger.rates)
})
const kept = figuresOf(ledgers[0] as (typeof ledgers)[number])
const dropped = figuresOf(ledgers[1] as (typeof ledgers)[number])
const row = (name: string, measured: Spread, digits: number, unit: string) =>
  `| ${name} | ${format(measured.median, digits)} ${unit} | ${format(measured.lowest, digits)} – ${format(measured.highest, digits)} ${unit} |`

process.stdout.write(
  [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    `Ledger: ${format(size)} events in batches of ${batchSize}, ${format(nodeRows)} stored nodes`,
    "",
    `| appends (${slices} slices each, alternating) | overall events/s | events/s a slice: median (range) |`,
    "| --- | --- | --- |",
    ...[kept, dropped].map(
      (ledger) =>
        `| ${ledger.name} | ${format(ledger.overall)} | ${format(ledger.slices.median)} (${format(ledger.slices.lowest)} – ${format(ledger.slices.highest)}) |`
    ),
    "",
    `With nodes ÷ events only, overall: ${format(kept.overall / dropped.overall, 3)}. Computing the nodes of ${format(totalEvents)} chain hashes alone, in batches of ${batchSize}: ${format(hashingSeconds.median, 2)} s (${format(hashingSeconds.lowest, 2)} – ${format(hashingSeconds.highest, 2)}), median of 5. Without the tree at all, an estimate: ${format(totalEvents / (totalEvents / dropped.overall - hashingSeconds.median))} events/s, with nodes ÷ that ${format(kept.overall / (totalEvents / (totalEvents / dropped.overall - hashingSeconds.median)), 3)}.`,
    "",
    `| at ${format(size)} events, ${samples} samples each | median | range |`,
    "| --- | --- | --- |",
    row("inclusion proof, random leaf", spread(inclusion), 3, "ms"),
    row("consistency proof, random older size", spread(consistency), 3, "ms"),
    row("tree head at the log's head (head + tree head)", spread(treeHeads), 3, "ms"),
    ""
  ].join("\n")
)
