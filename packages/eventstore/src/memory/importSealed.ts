import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import { importChecked, type SealedImportTarget } from "../SealedImport.js"
import { ensureOpen, type MemoryLog, record } from "./open.js"

/**
 * `importSealed` of the in-memory store: the kernel's `SealedImport.importChecked` into the empty
 * log; an import that fails after writing empties the log again.
 *
 * @category appending
 * @since 0.5.0
 */
export const importSealed = <New extends NewEvent, Recorded extends RecordedEvent>(
  memory: MemoryLog<New, Recorded>
): SealedImportTarget<New, Recorded>["importSealed"] => {
  return async (events) => {
    ensureOpen(memory)
    let wrote = false
    try {
      return await importChecked(memory.schema, memory.storeName, events, {
        holdsEvents: () => memory.log.length > 0,
        writeBatch: (batch) => {
          wrote = true
          for (const event of batch) record(memory, event)
        }
      })
    } catch (cause) {
      if (!wrote) throw cause
      // The import only ever writes into an empty log, so emptying it again undoes all of it.
      memory.log.length = 0
      memory.byId.clear()
      memory.positionsByStream.clear()
      throw cause
    }
  }
}
