import type { NewEvent, RecordedEvent } from "./EventEnvelope.js"
import { checkExpectedRevision, classifyBatch, sealBatch, validateBatch } from "./EventChain.js"
import type { EventSchema } from "./EventSchema.js"
import type { AppendResult, ExpectedRevision } from "./EventStore.js"

/**
 * A stream's last event as the store holds it: its revision (`undefined` for a stream with no
 * events) and its global position (0 for a stream with no events).
 *
 * @category appending
 * @since 0.2.0
 */
export interface StreamHead {
  readonly revision: number | undefined
  readonly lastGlobalPosition: number
}

/**
 * The last event of the whole log: its global position (0 for an empty log) and hash (`null`).
 *
 * @category appending
 * @since 0.2.0
 */
export interface ChainHead {
  readonly globalPosition: number
  readonly hash: string | null
}

/**
 * What the append algorithm asks of a store, always inside the store's own transaction or lock:
 * the stream's head, the stored events among a batch's ids, the chain's head, and a write of a
 * sealed batch. Every primitive answers synchronously, so a store whose transaction cannot span an
 * `await` (better-sqlite3) runs the whole append without a single promise; a store that talks to a
 * server appends with `runPresumed` instead.
 *
 * @category appending
 * @since 0.2.0
 */
export interface AppendPrimitives {
  /** The stream's revision and last global position. */
  readonly streamHead: (stream: string) => StreamHead
  /** The stored events whose ids are among `eventIds`, by id (ids not stored are absent). */
  readonly storedEvents: (eventIds: ReadonlyArray<string>) => ReadonlyMap<string, RecordedEvent>
  /** The last position and hash of the whole log. */
  readonly chainHead: () => ChainHead
  /** Writes the sealed batch as part of the surrounding transaction. */
  readonly writeBatch: (sealed: ReadonlyArray<RecordedEvent>) => void
}

/**
 * A batch checked against its schema and ready to append: validation runs before the store takes
 * its lock, so an invalid batch never waits for one.
 *
 * @category appending
 * @since 0.2.0
 */
export interface PreparedAppend {
  readonly stream: string
  readonly batch: ReadonlyArray<NewEvent>
  readonly expectedRevision: ExpectedRevision
}

/**
 * Validates a batch against the domain's schema (throws `InvalidEvent`), outside any transaction.
 *
 * @category appending
 * @since 0.2.0
 */
export const prepare = (
  schema: EventSchema,
  stream: string,
  events: ReadonlyArray<unknown>,
  expectedRevision: ExpectedRevision
): PreparedAppend => ({
  stream,
  batch: validateBatch(schema, stream, events),
  expectedRevision
})

/**
 * The one check of whether a batch may be written, against what the store holds under its lock or
 * reported from under it: the stored events among the batch's ids and the stream's revision. An
 * identical re-append is `"already-stored"` (nothing to write); an id the batch names twice, or one
 * stored with other content, in another stream or beside new ids, throws `DuplicateEventId`; a
 * stream not at the expected revision throws `WrongExpectedRevision`; otherwise `"append"`.
 * `runSync` and `runPresumed` both decide here, so every store keeps the same rules.
 *
 * @category appending
 * @since 0.5.0
 */
export const decideWrite = (
  append: PreparedAppend,
  stored: ReadonlyMap<string, RecordedEvent>,
  streamRevision: number | undefined
): "append" | "already-stored" => {
  if (classifyBatch(append.stream, append.batch, stored) === "already-stored") return "already-stored"
  checkExpectedRevision(append.stream, append.expectedRevision, streamRevision)
  return "append"
}

/**
 * Runs the append steps on synchronous primitives — call it inside the store's transaction. Reads
 * the stream's head; an empty batch or an identical re-append returns it unchanged; an id stored
 * with other content throws `DuplicateEventId`; a wrong expected revision throws
 * `WrongExpectedRevision`; otherwise seals the batch after the chain's head and writes it.
 *
 * @category appending
 * @since 0.2.0
 */
export const runSync = (primitives: AppendPrimitives, append: PreparedAppend): AppendResult => {
  const { stream, batch } = append
  const head = primitives.streamHead(stream)
  const unchanged: AppendResult = {
    appended: false,
    nextExpectedRevision: head.revision ?? -1,
    lastGlobalPosition: head.lastGlobalPosition
  }
  if (batch.length === 0) return unchanged
  const stored = primitives.storedEvents(batch.map((event) => event.eventId))
  if (decideWrite(append, stored, head.revision) === "already-stored") return unchanged
  const sealed = sealBatch(stream, batch, { streamRevision: head.revision, ...primitives.chainHead() })
  primitives.writeBatch(sealed)
  const tail = sealed[sealed.length - 1] as RecordedEvent
  return { appended: true, nextExpectedRevision: tail.streamRevision, lastGlobalPosition: tail.globalPosition }
}

/**
 * The heads a batch was sealed against: the stream's revision before it (`undefined` for a
 * stream with no events) and the chain's head.
 *
 * @category appending
 * @since 0.3.0
 */
export interface PresumedHeads {
  readonly streamRevision: number | undefined
  readonly chain: ChainHead
}

/**
 * What a conditional write found under the store's lock: the events stored among the batch's
 * ids, the heads as they stand, and whether the batch was written (only when no id was stored and
 * both heads were exactly the presumed ones).
 *
 * @category appending
 * @since 0.3.0
 */
export interface ConditionalWrite {
  readonly written: boolean
  readonly stored: ReadonlyMap<string, RecordedEvent>
  readonly stream: StreamHead
  readonly chain: ChainHead
}

/**
 * The one primitive of a store that appends in a single round trip: under its lock, in one
 * transaction, look up the batch's ids and both heads, and write the sealed batch only if no id
 * is stored and the heads are the presumed ones.
 *
 * @category appending
 * @since 0.3.0
 */
export type WriteIfAt = (stream: string, presumed: PresumedHeads, sealed: ReadonlyArray<RecordedEvent>) => Promise<ConditionalWrite>

/**
 * The same append as `runSync`, for a store whose every round trip counts: seal the batch against the
 * heads the caller presumes (its last append's, or the expected revision), and write it with one
 * conditional statement. The statement applies no rule: it writes only if what it finds under the
 * store's lock is exactly what was presumed (no id of the batch stored, both heads as presumed) —
 * the compare-and-set that stands in for holding the lock across round trips. When it did not
 * write, `decideWrite` decides on what it reported, as `runSync` does on what it read: an identical
 * re-append, a stored id or a wrong expected revision ends the append; otherwise the heads moved
 * (another writer appended), so the batch is sealed again against them and resent. The first send
 * is decided on its presumption (no id stored, the stream at the expected revision), with no round
 * trip: that satisfies the expected revision by construction, so only the batch itself can fail it
 * (an id named twice, `DuplicateEventId`), before anything reaches the store. Returns the result and
 * the chain's head after it, to presume next time.
 *
 * @category appending
 * @since 0.3.0
 */
export const runPresumed = async (
  writeIfAt: WriteIfAt,
  append: PreparedAppend,
  presumedChain: ChainHead
): Promise<{ readonly result: AppendResult; readonly chain: ChainHead }> => {
  const { stream, batch, expectedRevision } = append
  let presumed: PresumedHeads = {
    streamRevision: typeof expectedRevision === "number" ? expectedRevision : undefined,
    chain: presumedChain
  }
  decideWrite(append, new Map(), presumed.streamRevision)
  for (;;) {
    const sealed = sealBatch(stream, batch, { streamRevision: presumed.streamRevision, ...presumed.chain })
    const found = await writeIfAt(stream, presumed, sealed)
    const unchanged: AppendResult = {
      appended: false,
      nextExpectedRevision: found.stream.revision ?? -1,
      lastGlobalPosition: found.stream.lastGlobalPosition
    }
    if (batch.length === 0) return { result: unchanged, chain: found.chain }
    if (found.written) {
      const tail = sealed[sealed.length - 1] as RecordedEvent
      return {
        result: { appended: true, nextExpectedRevision: tail.streamRevision, lastGlobalPosition: tail.globalPosition },
        chain: { globalPosition: tail.globalPosition, hash: tail.hash }
      }
    }
    if (decideWrite(append, found.stored, found.stream.revision) === "already-stored") return { result: unchanged, chain: found.chain }
    presumed = { streamRevision: found.stream.revision, chain: found.chain }
  }
}
