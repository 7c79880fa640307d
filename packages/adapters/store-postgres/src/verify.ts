import {
  ChainVerifier,
  type EventStore,
  type MerkleNodes,
  type NewEvent,
  type RecordedEvent,
  type StoredRecord,
  StoreGuards
} from "@plan-ledger/eventstore"
import { keptLeafCount, storedSize } from "./MerkleTable.js"
import type { PostgresLedger } from "./open.js"
import { byPosition, PAGE_SIZE, pages } from "./readAll.js"
import { parsedOrText, STORED_COLUMNS, type StoredRow, storedRowDifference } from "./StoredRow.js"

/**
 * `verify` of the PostgreSQL store: the kernel's chain walk over every column of every row, in
 * global order, and its `merkle_nodes` against the tree of the chain hashes walked. A row whose
 * event no longer parses is handed on as text, so it is reported as undecodable. The number of
 * leaves the tree holds is the larger of `merkle_size` and the leaves its kept nodes reach, so a
 * node left beyond the size is damage too.
 *
 * @category verifying
 * @since 0.5.0
 */
export const verify = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>,
  tree: MerkleNodes
): EventStore<New, Recorded>["verify"] => {
  // A size that lost its row counts as none, so verify reports the tree as damage.
  const checked: MerkleNodes = {
    ...tree,
    leafCount: async () => Math.max((await storedSize(ledger.pool, ledger.schema)) ?? 0, await keptLeafCount(ledger.pool, ledger.schema))
  }
  async function* storedRecords(): AsyncIterable<StoredRecord.StoredRecord> {
    const sql = `SELECT ${STORED_COLUMNS.join(", ")} FROM ${ledger.events} WHERE global_position >= $1 ORDER BY global_position LIMIT ${PAGE_SIZE}`
    for await (const rows of pages(ledger, sql, (from) => [from], 1, byPosition)) {
      for (const row of rows as ReadonlyArray<StoredRow>) {
        yield { record: parsedOrText(row.event), differenceFrom: (event) => storedRowDifference(row, event) }
      }
    }
  }
  return async (options = {}) => {
    StoreGuards.ensureOpen(ledger)
    return ChainVerifier.verifyStore(ledger.eventSchema, ledger.storeName, storedRecords(), checked, options.onProgress)
  }
}
