import { ChainVerifier, type EventStore, type NewEvent, type RecordedEvent, type StoredRecord, StoreGuards } from "@plan-ledger/eventstore"
import { fromRow, rowDifference, toRow } from "./EventRow.js"
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
 * column with the row the store writes for the event it decodes to.
 *
 * @category verifying
 * @since 0.5.0
 */
export const verify = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): EventStore<New, Recorded>["verify"] => {
  const page = allPage(ledger.database)
  async function* storedRecords(): AsyncIterable<StoredRecord.StoredRecord> {
    for await (const rows of pages(ledger, page, {})) {
      for (const row of rows) yield { record: fromRow(row, parseOrKeep), differenceFrom: (event) => rowDifference(row, toRow(event)) }
    }
  }
  return async (options = {}) => {
    StoreGuards.ensureOpen(ledger)
    return ChainVerifier.verifyStore(ledger.schema, ledger.storeName, storedRecords(), options.onProgress)
  }
}
