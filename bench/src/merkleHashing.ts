// What computing the Merkle tree's nodes costs alone, without a store (`NodeHashing.ts`). Prints
// the median and range in seconds, and the median per event.
//
//   node --import tsx --conditions=@plan-ledger/source bench/src/merkleHashing.ts --events 1000000
import { parseArgs } from "node:util"
import { hashingSeconds } from "./NodeHashing.js"

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    batch: { type: "string", default: "1000" },
    runs: { type: "string", default: "7" }
  }
})
const totalEvents = Number(values.events)
const batchSize = Number(values.batch)
const runs = Number(values.runs)

const seconds = hashingSeconds(totalEvents, batchSize, runs)
const median = seconds[Math.floor(seconds.length / 2)] ?? 0
process.stdout.write(
  `Computing the nodes of ${totalEvents} chain hashes in batches of ${batchSize}: ${median.toFixed(3)} s median of ${runs} (${(seconds[0] ?? 0).toFixed(3)} – ${(seconds.at(-1) ?? 0).toFixed(3)}), ${((median / totalEvents) * 1e6).toFixed(2)} µs an event\n`
)
