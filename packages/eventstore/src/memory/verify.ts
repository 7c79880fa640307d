import { verifyChain } from "../ChainVerifier.js"
import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { EventStore } from "../EventStore.js"
import { firstDifference, type StoredRecord } from "../StoredRecord.js"
import { ensureOpen, type MemoryLog } from "./open.js"

/**
 * `verify` of the in-memory store: the kernel's chain walk over the log. What is held is the record
 * object itself, so its canonical form is the decoded event's value.
 *
 * @category verifying
 * @since 0.5.0
 */
export const verify = <New extends NewEvent, Recorded extends RecordedEvent>(
  memory: MemoryLog<New, Recorded>
): EventStore<New, Recorded>["verify"] => {
  async function* storedRecords(): AsyncIterable<StoredRecord> {
    for (const record of memory.log) yield { record, differenceFrom: (event) => firstDifference(record, event) }
  }
  return async (options = {}) => {
    ensureOpen(memory)
    return verifyChain(memory.schema, storedRecords(), options.onProgress)
  }
}
