import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { EventStore } from "../EventStore.js"
import { ensureOpen, type MemoryLog } from "./open.js"

/**
 * `head` of the in-memory store: the last event of the log.
 *
 * @category reading
 * @since 0.5.0
 */
export const head =
  <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>): EventStore<New, Recorded>["head"] =>
  async () => {
    ensureOpen(memory)
    const last = memory.log.at(-1) as Recorded | undefined
    return { globalPosition: last?.globalPosition ?? 0, hash: last?.hash ?? null }
  }
