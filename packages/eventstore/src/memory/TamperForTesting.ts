import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { MemoryLog } from "./open.js"

/**
 * The in-memory store's one operation beyond the SPI, for tamper-detection tests only: replaces the
 * stored record at a global position with what `edit` makes of a copy of it.
 *
 * @category verifying
 * @since 0.5.0
 */
export const tamperForTesting =
  <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>) =>
  (globalPosition: number, edit: (record: Recorded) => unknown): void => {
    memory.log[globalPosition - 1] = edit(structuredClone(memory.log[globalPosition - 1] as Recorded))
  }
