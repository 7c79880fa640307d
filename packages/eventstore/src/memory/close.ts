import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { EventStore } from "../EventStore.js"
import type { MemoryLog } from "./open.js"

/**
 * `close` of the in-memory store: every later call is refused; the log is left to the collector.
 *
 * @category constructors
 * @since 0.5.0
 */
export const close =
  <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>): EventStore<New, Recorded>["close"] =>
  async () => {
    memory.closed = true
  }
