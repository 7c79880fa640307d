import { type MerkleNodes, type NewEvent, type RecordedEvent, StoreGuards, StoreUnavailable } from "@plan-ledger/eventstore"
import { KEPT_FROM_LEVEL, readNodes, storedSize } from "./MerkleTable.js"
import type { PostgresLedger } from "./open.js"

/**
 * `merkle` of the PostgreSQL store: the nodes from `KEPT_FROM_LEVEL` up in
 * `<schema>.merkle_nodes`, all those a proof needs in one query, and those below hashed again from
 * the chain hashes of the events under them, read in one more; the number of leaves in
 * `<schema>.merkle_size`. A ledger whose `merkle_size` lost its row has no known tree: it is
 * refused, so no checkpoint is ever signed of a tree of the wrong size (`verify` reports it).
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkle = <New extends NewEvent, Recorded extends RecordedEvent>(ledger: PostgresLedger<New, Recorded>): MerkleNodes => {
  const leafCount = async (): Promise<number> => {
    StoreGuards.ensureOpen(ledger)
    const size = await storedSize(ledger.pool, ledger.schema)
    if (size === undefined) {
      throw new StoreUnavailable({
        store: ledger.storeName,
        detail: `the table ${ledger.schema}.merkle_size lost its row, so the size of the ledger's Merkle tree is unknown: the ledger was damaged by hand; run verify`
      })
    }
    return size
  }
  return {
    keptFromLevel: KEPT_FROM_LEVEL,
    leafCount,
    read: async (ids) => readNodes(ledger.pool, ledger.schema, ids, await leafCount())
  }
}
