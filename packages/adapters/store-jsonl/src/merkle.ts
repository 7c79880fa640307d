import { type MerkleNodes, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import { type JsonlLedger, withCurrentIndex } from "./open.js"

/**
 * `merkle` of the JSON-lines store: the tree the append index keeps over the chain hashes of the
 * file's whole batches, as the file stands now. The file is the one durable record: the tree is
 * rebuilt from it when the ledger is opened and grows as the index takes in each batch, so no
 * write has a second file to keep in step. In a damaged file the tree ends before the first line
 * that holds no chain hash.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkle = <New extends NewEvent, Recorded extends RecordedEvent>(ledger: JsonlLedger<New, Recorded>): MerkleNodes => {
  const currentTree = async () => {
    StoreGuards.ensureOpen(ledger)
    return withCurrentIndex(ledger, () => ledger.index.tree)
  }
  return {
    leafCount: async () => (await currentTree()).leafCount(),
    read: async (ids) => (await currentTree()).read(ids)
  }
}
