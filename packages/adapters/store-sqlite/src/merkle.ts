import { type MerkleNodes, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import { KEPT_FROM_LEVEL, merkleTable } from "./MerkleTable.js"
import type { SqliteLedger } from "./open.js"

/**
 * `merkle` of the SQLite store: the nodes in `merkle_nodes`, each read by its primary key, and
 * those below `KEPT_FROM_LEVEL` hashed again from the chain hashes of the events under them. A node
 * never changes once written, nor does an event, so the reads need no transaction to agree.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkle = <New extends NewEvent, Recorded extends RecordedEvent>(ledger: SqliteLedger<New, Recorded>): MerkleNodes => {
  const table = merkleTable(ledger.database)
  return {
    keptFromLevel: KEPT_FROM_LEVEL,
    leafCount: async () => {
      StoreGuards.ensureOpen(ledger)
      return table.leafCount()
    },
    read: async (ids) => {
      StoreGuards.ensureOpen(ledger)
      return ids.map((id) => {
        const hash = table.node(id)
        if (hash === undefined) throw new RangeError(`no node (${id.level}, ${id.index}) among the ${table.leafCount()} leaves held`)
        return hash
      })
    }
  }
}
