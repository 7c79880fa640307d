import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import * as AppendAlgorithm from "../AppendAlgorithm.js"
import type { EventStore } from "../EventStore.js"
import { ensureOpen, type MemoryLog, record } from "./open.js"

/**
 * `appendToStream` of the in-memory store: the kernel's `AppendAlgorithm.runSync` on the log's maps.
 * Every step runs in one synchronous stretch, so no other call can interleave: that is this store's
 * transaction, and `AppendAlgorithm.decideWrite` its one check of whether the batch may be written.
 *
 * @category appending
 * @since 0.5.0
 */
export const appendToStream = <New extends NewEvent, Recorded extends RecordedEvent>(
  memory: MemoryLog<New, Recorded>
): EventStore<New, Recorded>["appendToStream"] => {
  const primitives: AppendAlgorithm.AppendPrimitives = {
    streamHead: (stream) => {
      const positions = memory.positionsByStream.get(stream) ?? []
      return { revision: positions.length === 0 ? undefined : positions.length - 1, lastGlobalPosition: positions.at(-1) ?? 0 }
    },
    storedEvents: (eventIds) => {
      const stored = new Map<string, Recorded>()
      for (const eventId of eventIds) {
        const found = memory.byId.get(eventId)
        if (found !== undefined) stored.set(eventId, found)
      }
      return stored
    },
    chainHead: () => ({ globalPosition: memory.log.length, hash: (memory.log.at(-1) as Recorded | undefined)?.hash ?? null }),
    writeBatch: (sealed) => {
      for (const event of sealed) record(memory, event as Recorded)
    }
  }
  return async (stream, events, options) => {
    ensureOpen(memory)
    return AppendAlgorithm.runSync(primitives, AppendAlgorithm.prepare(memory.schema, stream, events, options.expectedRevision))
  }
}
