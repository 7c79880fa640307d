import { type MerkleNodes, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import { KEPT_FROM_LEVEL, leafCount, readNodes } from "./MerkleTable.js"
import type { PostgresLedger } from "./open.js"

/**
 * `merkle` of the PostgreSQL store: the nodes from `KEPT_FROM_LEVEL` up in
 * `<schema>.merkle_nodes`, all those a proof needs in one query, and those below hashed again from
 * the chain hashes of the events under them, read in one more; the number of leaves in
 * `<schema>.merkle_size`.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkle = <New extends NewEvent, Recorded extends RecordedEvent>(ledger: PostgresLedger<New, Recorded>): MerkleNodes => ({
  keptFromLevel: KEPT_FROM_LEVEL,
  leafCount: async () => {
    StoreGuards.ensureOpen(ledger)
    return leafCount(ledger.pool, ledger.schema)
  },
  read: async (ids) => {
    StoreGuards.ensureOpen(ledger)
    return readNodes(ledger.pool, ledger.schema, ids, await leafCount(ledger.pool, ledger.schema))
  }
})
