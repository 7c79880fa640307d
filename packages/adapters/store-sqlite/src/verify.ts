import {
  ChainVerifier,
  type EventStore,
  type MerkleNodes,
  type NewEvent,
  type RecordedEvent,
  type StoredRecord,
  StoreGuards
} from "@plan-ledger/eventstore"
import { fromRow, rowDifference, toRow } from "./EventRow.js"
import { merkleTable } from "./MerkleTable.js"
import type { SqliteLedger } from "./open.js"
import { allPage, pages } from "./readAll.js"

// For verify: a row that no longer parses is handed on as text, so the schema reports it as
// undecodable instead of the walk stopping with an exception.
const parseOrKeep = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * `verify` of the SQLite store: the kernel's chain walk over every row, each compared column by
 * column with the row the store writes for the event it decodes to, and its `merkle_nodes` against
 * the tree of the chain hashes walked. The number of leaves the tree holds is the larger of
 * `merkle_size` and the leaves its kept nodes reach, so a node left beyond the size is damage too.
 *
 * @category verifying
 * @since 0.5.0
 */
export const verify = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>,
  tree: MerkleNodes
): EventStore<New, Recorded>["verify"] => {
  const page = allPage(ledger.database)
  const table = merkleTable(ledger.database)
  const checked: MerkleNodes = { ...tree, leafCount: async () => Math.max(await tree.leafCount(), table.keptLeafCount()) }
  async function* storedRecords(): AsyncIterable<StoredRecord.StoredRecord> {
    for await (const rows of pages(ledger, page, {})) {
      for (const row of rows) yield { record: fromRow(row, parseOrKeep), differenceFrom: (event) => rowDifference(row, toRow(event)) }
    }
  }
  return async (options = {}) => {
    StoreGuards.ensureOpen(ledger)
    return ChainVerifier.verifyStore(ledger.schema, ledger.storeName, storedRecords(), checked, options.onProgress)
  }
}
