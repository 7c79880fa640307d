import { type NewEvent, type RecordedEvent, SealedImport, StoreGuards } from "@plan-ledger/eventstore"
import { batchWriter } from "./appendToStream.js"
import type { SqliteLedger } from "./open.js"
import { writeRejection } from "./WriteFailure.js"

/**
 * `importSealed` of the SQLite store: the kernel's `SealedImport.importChecked` in one transaction
 * for the whole import, so a copy that fails midway leaves the store empty.
 *
 * @category appending
 * @since 0.5.0
 */
export const importSealed = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): SealedImport.SealedImportTarget<New, Recorded>["importSealed"] => {
  const { database, storeName } = ledger
  const anyEvent = database.prepare<[found: number]>("SELECT 1 FROM events LIMIT 1")
  const writeBatch = batchWriter(database)
  return async (events) => {
    StoreGuards.ensureWritable(ledger)
    // The transaction must span the source's `await`s, so it is opened by hand rather than by
    // `database.immediateTransaction`, and appends through this connection are refused meanwhile
    // (they would otherwise land inside it).
    ledger.importing = true
    try {
      database.exec("BEGIN IMMEDIATE")
      const imported = await SealedImport.importChecked(ledger.schema, storeName, events, {
        holdsEvents: () => anyEvent.get() !== undefined,
        writeBatch
      })
      database.exec("COMMIT")
      return imported
    } catch (cause) {
      database.rollbackIfOpen()
      throw writeRejection(storeName, ledger.path, "import", cause)
    } finally {
      ledger.importing = false
    }
  }
}
