import { type MerkleNodes, MerkleProofs } from "@plan-ledger/eventstore"
import { type Checkpoint, equalBytes } from "@plan-ledger/verifier"

/**
 * Why a checkpoint is not one of this ledger's log, or `undefined` when it is: its tree must be
 * within the log, and its root the root of the log's first `size` events. A checkpoint of another
 * ledger, or of a history rewritten or cut since it was signed, fails.
 *
 * @category transparency
 * @since 0.5.0
 */
export const notOfLedger = async (nodes: MerkleNodes, checkpoint: Checkpoint, file: string): Promise<string | undefined> => {
  const held = await nodes.leafCount()
  if (checkpoint.size > held)
    return `${file} is a checkpoint of ${checkpoint.size} events, but the ledger holds ${held}: it is a checkpoint of another ledger, or events were removed since it was signed`
  if (!equalBytes(await MerkleProofs.treeHead(nodes, checkpoint.size), checkpoint.rootHash))
    return `${file} states a root that is not the ledger's at ${checkpoint.size} events: it is a checkpoint of another ledger, or the ledger's history was rewritten since it was signed`
  return undefined
}
