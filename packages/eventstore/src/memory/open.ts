import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { EventSchema } from "../EventSchema.js"
import type { Snapshot } from "../SnapshotStore.js"
import * as StoreGuards from "../StoreGuards.js"

/**
 * What an in-memory store holds: its name, the log in global order (a record a tamper test
 * replaced may no longer be an event), each event by id, each stream's global positions by
 * revision, the snapshot, and the subscribers waiting for the next write. Every operation of the store works on this one
 * value; each runs in one synchronous stretch, so no other call can interleave — that is this
 * store's transaction.
 *
 * @category models
 * @since 0.5.0
 */
export interface MemoryLog<New extends NewEvent, Recorded extends RecordedEvent> {
  /** `memory:`, the store's name in messages. */
  readonly storeName: string
  readonly schema: EventSchema<New, Recorded>
  readonly log: Array<Recorded | unknown>
  readonly byId: Map<string, Recorded>
  readonly positionsByStream: Map<string, Array<number>>
  /** Subscribers waiting for the next event, woken directly by every write. */
  readonly waiting: Set<() => void>
  snapshot: Snapshot | undefined
  closed: boolean
}

/**
 * An empty log for the events `schema` decodes.
 *
 * @category constructors
 * @since 0.5.0
 */
export const open = <New extends NewEvent, Recorded extends RecordedEvent>(
  schema: EventSchema<New, Recorded>
): MemoryLog<New, Recorded> => ({
  storeName: "memory:",
  schema,
  log: [],
  byId: new Map(),
  positionsByStream: new Map(),
  waiting: new Set(),
  snapshot: undefined,
  closed: false
})

/**
 * Refuses every call once the store was closed: its events went with it, so the way on is a new
 * store.
 *
 * @category guards
 * @since 0.5.0
 */
export const ensureOpen = (memory: StoreGuards.OpenedStore): void => StoreGuards.ensureOpen(memory, "open a new one")

/**
 * Adds one sealed event at the end of the log, and wakes every waiting subscriber.
 *
 * @category appending
 * @since 0.5.0
 */
export const record = <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>, event: Recorded): void => {
  memory.log.push(event)
  memory.byId.set(event.eventId, event)
  const positions = memory.positionsByStream.get(event.stream)
  if (positions === undefined) memory.positionsByStream.set(event.stream, [event.globalPosition])
  else positions.push(event.globalPosition)
  for (const wake of memory.waiting) wake()
}
