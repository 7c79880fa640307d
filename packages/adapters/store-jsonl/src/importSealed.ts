import { type NewEvent, type RecordedEvent, SealedImport, StoreGuards } from "@plan-ledger/eventstore"
import { catchUp } from "./AppendIndex.js"
import { linesOf } from "./LedgerLine.js"
import type { JsonlLedger } from "./open.js"
import { writeWholeFile } from "./WrittenBeside.js"

/**
 * `importSealed` of the JSON-lines store: the kernel's `SealedImport.importChecked` holding the
 * ledger's lock, into a file written beside the ledger and renamed over it, so no kill leaves a part.
 *
 * @category appending
 * @since 0.5.0
 */
export const importSealed =
  <New extends NewEvent, Recorded extends RecordedEvent>(
    ledger: JsonlLedger<New, Recorded>
  ): SealedImport.SealedImportTarget<New, Recorded>["importSealed"] =>
  async (events) => {
    StoreGuards.ensureWritable(ledger)
    const { path, storeName, index } = ledger
    return ledger.underLock(async () => {
      const imported = await writeWholeFile(ledger.fileSystem, path, storeName, (write) =>
        SealedImport.importChecked(ledger.schema, storeName, events, {
          holdsEvents: () => index.size > 0,
          writeBatch: (batch) => {
            write(Buffer.from(linesOf(batch).join("\n") + "\n"))
          }
        })
      )
      await catchUp(path, index)
      return imported
    })
  }
