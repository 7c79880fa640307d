import { randomBytes } from "node:crypto"
import { performance } from "node:perf_hooks"
import { CompactRange, TreeHasher } from "@plan-ledger/eventstore"

/**
 * What computing the Merkle tree's nodes costs alone, without a store: the leaf and node hashes of
 * `events` random chain hashes, a batch at a time as an append computes them
 * (`CompactRange.appendAll` over `TreeHasher.eventLeafHash`), timed `runs` times. The seconds of
 * each run, fastest first.
 */
export const hashingSeconds = (events: number, batchSize: number, runs: number): ReadonlyArray<number> => {
  const chainHashes = Array.from({ length: events }, () => randomBytes(32).toString("hex"))
  return Array.from({ length: runs }, () => {
    const started = performance.now()
    let range = CompactRange.empty
    for (let start = 0; start < events; start += batchSize) {
      range = CompactRange.appendAll(range, chainHashes.slice(start, start + batchSize).map(TreeHasher.eventLeafHash)).range
    }
    return (performance.now() - started) / 1000
  }).sort((left, right) => left - right)
}
