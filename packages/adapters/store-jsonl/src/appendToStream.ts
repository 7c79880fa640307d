import { closeSync, openSync, readSync } from "node:fs"
import { AppendAlgorithm, type EventStore, type NewEvent, type RecordedEvent, StoreGuards, StoreUnavailable } from "@plan-ledger/eventstore"
import { addWritten } from "./AppendIndex.js"
import { appendDurably } from "./DurableAppend.js"
import { linesOf, parse, withoutFlag } from "./LedgerLine.js"
import type { JsonlLedger } from "./open.js"

/**
 * `appendToStream` of the JSON-lines store: the kernel's `AppendAlgorithm.runSync` holding the
 * ledger's lock, on the append index, whose `AppendAlgorithm.decideWrite` is the store's one check
 * of whether the batch may be written. One write and one fsync per batch.
 *
 * @category appending
 * @since 0.5.0
 */
export const appendToStream = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: JsonlLedger<New, Recorded>
): EventStore<New, Recorded>["appendToStream"] => {
  const { path, storeName, index } = ledger

  // One write and one fsync per batch; the batch's last line closes it. The batch is in the index
  // only once it is durable: a failed write leaves the file as it was.
  const writeBatch = (sealed: ReadonlyArray<RecordedEvent>): void => {
    const lines = linesOf(sealed)
    appendDurably(ledger.fileSystem, path, Buffer.from(lines.join("\n") + "\n"), storeName)
    addWritten(index, sealed, lines)
  }

  // Reads just the lines of the stored events among the ids, found through the index.
  const storedEvents = (eventIds: ReadonlyArray<string>): ReadonlyMap<string, RecordedEvent> => {
    const found = new Map<string, RecordedEvent>()
    const locations = eventIds.flatMap((eventId) => {
      const location = index.events.get(eventId)
      return location === undefined ? [] : [location]
    })
    if (locations.length === 0) return found
    const descriptor = openSync(path, "r")
    try {
      for (const { offset, length } of locations) {
        const buffer = Buffer.alloc(length)
        readSync(descriptor, buffer, 0, length, offset)
        const record = parse(buffer.toString("utf8"))
        if (record === undefined) {
          throw new StoreUnavailable({
            store: storeName,
            detail: `the stored line at byte ${offset} no longer parses (it was changed behind the store's back); nothing was written — run verify`
          })
        }
        const event = withoutFlag(record as unknown as RecordedEvent)
        found.set(event.eventId, event)
      }
    } finally {
      closeSync(descriptor)
    }
    return found
  }

  const primitives: AppendAlgorithm.AppendPrimitives = {
    streamHead: (stream) => {
      const head = index.streams.get(stream)
      return head === undefined
        ? { revision: undefined, lastGlobalPosition: 0 }
        : { revision: head.revision, lastGlobalPosition: head.lastGlobalPosition }
    },
    storedEvents,
    chainHead: () => ({ globalPosition: index.lastPosition, hash: index.lastHash }),
    writeBatch
  }

  return async (stream, events, options) => {
    StoreGuards.ensureWritable(ledger)
    const prepared = AppendAlgorithm.prepare(ledger.schema, stream, events, options.expectedRevision)
    return ledger.underLock(async () => AppendAlgorithm.runSync(primitives, prepared))
  }
}
