import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { ReadAllOptions } from "../EventStore.js"
import { selectedBy } from "../ReplayPages.js"
import { ensureOpen, type MemoryLog } from "./open.js"

/**
 * `readAll` of the in-memory store: the log in global order, from a position, up to an instant.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAll = <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>) =>
  async function* (options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    ensureOpen(memory)
    const selected = selectedBy(options)
    for (let index = Math.max((options.fromPosition ?? 1) - 1, 0); index < memory.log.length; index++) {
      const event = memory.log[index] as Recorded
      if (selected(event)) yield event
    }
  }
