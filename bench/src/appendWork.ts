// The per-event CPU of each step an append takes before its rows reach the database, each step
// timed alone over the workload's events (batches of 100, as the comparison with Emmett appends
// them), in one process: decoding each event against its schema, sealing it into the hash chain
// (and, within sealing, its canonical text alone), the Merkle tree's leaf and nodes, and the JSON
// text a JSON-lines or PostgreSQL store writes. Prints, per step, the median and range of the
// rounds in µs an event. docs/performance.md sets these beside the SQL floor.
//
//   node --import tsx --conditions=@plan-ledger/source bench/src/appendWork.ts --events 100000 --rounds 7
import { parseArgs } from "node:util"
import { LedgerEvents } from "@plan-ledger/core/store"
import { CompactRange, EventChain, EventHash, type RecordedEvent, TreeHasher } from "@plan-ledger/eventstore"
import { format, spread } from "./Spread.js"
import { wholeNumber } from "./WholeNumber.js"
import { generate } from "./Workload.js"

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "100000" },
    rounds: { type: "string", default: "7" }
  }
})
const totalEvents = wholeNumber("events", values.events)
const rounds = wholeNumber("rounds", values.rounds)

await TreeHasher.ready()
const batches = [...generate(totalEvents, 100)]

// Every batch sealed after the one before, at its stream's revision and the chain's head, as one
// writer appending them all would seal them.
const sealAll = (): ReadonlyArray<ReadonlyArray<RecordedEvent>> => {
  const revisions = new Map<string, number>()
  let globalPosition = 0
  let hash: string | null = null
  return batches.map((batch) => {
    const sealed = EventChain.sealBatch(batch.stream, batch.events, { streamRevision: revisions.get(batch.stream), globalPosition, hash })
    revisions.set(batch.stream, sealed.at(-1)?.streamRevision ?? 0)
    globalPosition += sealed.length
    hash = sealed.at(-1)?.hash ?? hash
    return sealed
  })
}
const sealed = sealAll()

const steps: ReadonlyArray<readonly [string, () => void]> = [
  [
    "decode against the schema (EventChain.validateBatch)",
    () => batches.forEach((batch) => EventChain.validateBatch(LedgerEvents, batch.stream, batch.events))
  ],
  ["seal into the hash chain (EventChain.sealBatch)", sealAll],
  [
    "… of which a sealed event's canonical text (EventHash.canonicalJson)",
    () => sealed.forEach((batch) => batch.forEach(EventHash.canonicalJson))
  ],
  [
    "the Merkle tree's leaf and nodes (CompactRange.appendAll)",
    () =>
      sealed.reduce(
        (range, batch) =>
          CompactRange.appendAll(
            range,
            batch.map((event) => TreeHasher.eventLeafHash(event.hash))
          ).range,
        CompactRange.empty
      )
  ],
  ["the stored JSON text (JSON.stringify)", () => sealed.forEach((batch) => batch.forEach((event) => JSON.stringify(event)))]
]

process.stdout.write(`Per-event CPU of an append's steps, ${format(totalEvents)} events in batches of 100, ${rounds} rounds each:\n\n`)
process.stdout.write("| step | µs an event: median (range) |\n| --- | --- |\n")
for (const [label, step] of steps) {
  const microseconds = Array.from({ length: rounds }, () => {
    const started = performance.now()
    step()
    return ((performance.now() - started) * 1000) / totalEvents
  })
  const { median, lowest, highest } = spread(microseconds)
  process.stdout.write(`| ${label} | ${format(median, 2)} (${format(lowest, 2)} – ${format(highest, 2)}) |\n`)
}
