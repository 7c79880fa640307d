import { type MerkleNodes, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import { readNodes } from "./MerkleTable.js"
import type { PostgresLedger } from "./open.js"

/**
 * `merkle` of the PostgreSQL store: the nodes in `<schema>.merkle_nodes`, all those a proof needs
 * in one query.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkle = <New extends NewEvent, Recorded extends RecordedEvent>(ledger: PostgresLedger<New, Recorded>): MerkleNodes => ({
  leafCount: async () => {
    StoreGuards.ensureOpen(ledger)
    const { rows } = await ledger.pool.query<{ leaves: string | null }>(
      `SELECT max(node_index) + 1 AS leaves FROM ${ledger.schema}.merkle_nodes WHERE level = 0`
    )
    return Number(rows[0]?.leaves ?? 0)
  },
  read: async (ids) => {
    StoreGuards.ensureOpen(ledger)
    return readNodes(ledger.pool, ledger.schema, ids)
  }
})
