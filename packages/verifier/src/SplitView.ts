import { equalBytes } from "./Bytes.js"
import type { Checkpoint } from "./Checkpoint.js"
import { verifyConsistency } from "./ConsistencyProof.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * Checks that two checkpoints of one log can both be true: at the same size they must state the
 * same root; at different sizes `proof` must be a consistency proof from the smaller to the larger.
 * Otherwise the log showed two histories (a split view), and the refusal says so. Checkpoints of
 * two logs are refused as `other-origin`.
 *
 * @category checkpoints
 * @since 0.1.0
 */
export const detectSplitView = async (first: Checkpoint, second: Checkpoint, proof: ReadonlyArray<Uint8Array>): Promise<Verdict<void>> => {
  if (first.origin !== second.origin)
    return refuse("other-origin", `the checkpoints are of two logs, "${first.origin}" and "${second.origin}"`)
  const [older, newer] = first.size <= second.size ? [first, second] : [second, first]
  if (older.size === newer.size) {
    return equalBytes(older.rootHash, newer.rootHash)
      ? accept(undefined)
      : refuse("split-view", `split view: two checkpoints of "${older.origin}" at size ${older.size} state different roots`)
  }
  const consistency = await verifyConsistency(older.size, newer.size, proof, older.rootHash, newer.rootHash)
  return consistency.ok
    ? consistency
    : refuse(
        "split-view",
        `split view: the checkpoints of "${older.origin}" at sizes ${older.size} and ${newer.size} are not shown consistent (${consistency.refusal.message})`
      )
}
