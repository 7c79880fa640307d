import type { NewEvent, RecordedEvent } from "./EventEnvelope.js"
import type { EventSchema } from "./EventSchema.js"
import type { EventStore } from "./EventStore.js"
import { makeChainWalker } from "./ChainVerifier.js"
import { DuplicateEventId, StoreUnavailable } from "./StoreErrors.js"

/**
 * A store that can take events already sealed by another store — ids, positions and hashes
 * unchanged — into an empty log. This is how a ledger is copied between stores without
 * re-sealing (which would change every hash).
 *
 * @category ports
 * @since 0.1.0
 */
export interface SealedImportTarget<New extends NewEvent = NewEvent, Recorded extends RecordedEvent = RecordedEvent> extends EventStore<
  New,
  Recorded
> {
  /** Writes the events, checked as they come, into an empty store as one unit — all or none; returns how many. */
  readonly importSealed: (events: AsyncIterable<RecordedEvent>) => Promise<number>
}

/**
 * Whether a store can import sealed events.
 *
 * @category predicates
 * @since 0.1.0
 */
export const canImportSealed = <New extends NewEvent, Recorded extends RecordedEvent>(
  store: EventStore<New, Recorded>
): store is SealedImportTarget<New, Recorded> => typeof (store as Partial<SealedImportTarget<New, Recorded>>).importSealed === "function"

/**
 * Checks sealed events as a store imports them, in batches: each must decode, follow the one
 * before it in position, revision and hash, and match its own hash — the same checks as `verify`.
 * Throws `StoreUnavailable` naming the first event that fails, before its batch is written, or
 * when the events end inside a batch (the last one recorded `lastInBatch: false`), which no store
 * hands out; throws `DuplicateEventId` for an event whose id an earlier one has, as an append
 * would. Events are written as they were sealed, batch boundaries included.
 *
 * @category appending
 * @since 0.1.0
 */
export const checkedBatches = async function* <Recorded extends RecordedEvent>(
  schema: EventSchema<NewEvent, Recorded>,
  store: string,
  events: AsyncIterable<RecordedEvent>,
  batchSize = 1000
): AsyncIterable<ReadonlyArray<Recorded>> {
  const walker = makeChainWalker(schema)
  let batch: Array<Recorded> = []
  let last: Recorded | undefined
  const positionsById = new Map<string, number>()
  for await (const event of events) {
    const result = walker.check(event)
    if (!result.ok) {
      throw new StoreUnavailable({
        store,
        detail: `cannot import event ${result.damage.eventId ?? "?"} at position ${result.damage.globalPosition}: ${result.damage.kind} — ${result.damage.message}`
      })
    }
    const { eventId, stream, globalPosition } = result.event
    const earlier = positionsById.get(eventId)
    if (earlier !== undefined) {
      throw new DuplicateEventId({ eventId, stream, detail: `appears twice in the import, at positions ${earlier} and ${globalPosition}` })
    }
    positionsById.set(eventId, globalPosition)
    batch.push(result.event)
    last = result.event
    if (batch.length === batchSize) {
      yield batch
      batch = []
    }
  }
  if (last?.lastInBatch === false) {
    throw new StoreUnavailable({
      store,
      detail: `cannot import: the events end inside a batch (event ${last.eventId} at position ${last.globalPosition} is not the last of its batch); copy from a store that holds whole batches only`
    })
  }
  if (batch.length > 0) yield batch
}

/**
 * Refuses to import into a store that already holds events.
 *
 * @category appending
 * @since 0.1.0
 */
export const requireEmpty = async <New extends NewEvent, Recorded extends RecordedEvent>(
  store: string,
  target: EventStore<New, Recorded>
): Promise<void> => {
  for await (const _event of target.readAll()) {
    throw new StoreUnavailable({ store, detail: "the target store already holds events; copy into a new, empty store" })
  }
}

/**
 * What a sealed import asks of a store, inside the one transaction or lock the whole import runs
 * in: whether the log already holds events, and a write of a checked batch.
 *
 * @category appending
 * @since 0.2.0
 */
export interface ImportPrimitives<Recorded extends RecordedEvent = RecordedEvent> {
  /** Whether the store holds any event (then the import is refused). */
  readonly holdsEvents: () => boolean | Promise<boolean>
  /** Writes a checked batch as part of the surrounding transaction. */
  readonly writeBatch: (batch: ReadonlyArray<Recorded>) => void | Promise<void>
}

/**
 * The import steps every store shares: refuse a store that holds events, then write the events in
 * checked batches; returns how many. The store runs this inside one transaction (or lock it rolls
 * back on failure), so an import that fails midway leaves the store empty.
 *
 * @category appending
 * @since 0.2.0
 */
export const importChecked = async <Recorded extends RecordedEvent>(
  schema: EventSchema<NewEvent, Recorded>,
  store: string,
  events: AsyncIterable<RecordedEvent>,
  primitives: ImportPrimitives<Recorded>
): Promise<number> => {
  if (await primitives.holdsEvents()) {
    throw new StoreUnavailable({ store, detail: "the target store already holds events; copy into a new, empty store" })
  }
  let imported = 0
  for await (const batch of checkedBatches(schema, store, events)) {
    await primitives.writeBatch(batch)
    imported += batch.length
  }
  return imported
}
