import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { EventStore } from "../EventStore.js"
import { ensureOpen, type MemoryLog } from "./open.js"

/**
 * `streamNames` of the in-memory store: the streams it has positions for, filtered and sorted.
 *
 * @category reading
 * @since 0.5.0
 */
export const streamNames =
  <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>): EventStore<New, Recorded>["streamNames"] =>
  async (prefix) => {
    ensureOpen(memory)
    return [...memory.positionsByStream.keys()].filter((stream) => stream.startsWith(prefix)).sort()
  }
