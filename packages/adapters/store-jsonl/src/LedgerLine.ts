import { EventHash, type RecordedEvent } from "@plan-ledger/eventstore"
import { END_OF_BATCH } from "./BatchBoundary.js"

/**
 * One stored line: the recorded event with readable key order, ending in its hashed `lastInBatch`
 * — or, for an event of hash format 1 (copied from a ledger written before), in the end-of-batch
 * flag when `closesFormatOneBatch`.
 *
 * @category lines
 * @since 0.5.0
 */
export const lineOf = (event: RecordedEvent, closesFormatOneBatch: boolean): string =>
  JSON.stringify({
    globalPosition: event.globalPosition,
    stream: event.stream,
    streamRevision: event.streamRevision,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    effectiveDate: event.effectiveDate,
    actor: event.actor,
    reason: event.reason,
    authority: event.authority,
    source: event.source,
    data: event.data,
    previousHash: event.previousHash,
    hash: event.hash,
    lastInBatch: event.lastInBatch,
    [END_OF_BATCH]: closesFormatOneBatch ? true : undefined
  })

/**
 * Whether the event at `offset` closes a run of hash format 1 among events written at once: such
 * an event records no boundary, so the store frames it itself — a run closes at the end of what is
 * written at once, or where an event of format 2 follows.
 *
 * @category lines
 * @since 0.5.0
 */
export const closesFormatOneBatch = (events: ReadonlyArray<RecordedEvent>, offset: number): boolean => {
  const next = events[offset + 1]
  return EventHash.hashFormatOf(events[offset] as RecordedEvent) === 1 && (next === undefined || EventHash.hashFormatOf(next) === 2)
}

/**
 * The lines of events written at once, in order and without their newlines.
 *
 * @category lines
 * @since 0.5.0
 */
export const linesOf = (events: ReadonlyArray<RecordedEvent>): ReadonlyArray<string> =>
  events.map((event, offset) => lineOf(event, closesFormatOneBatch(events, offset)))

/**
 * A line's JSON object, or `undefined` when it does not parse as one.
 *
 * @category lines
 * @since 0.5.0
 */
export const parse = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a stored line closes its batch as far as its own line says: a line of hash format 1 where
 * its flag says (nothing else records it); one of format 2 never carries the flag, so a flag added
 * to it shows in the comparison of the bytes.
 *
 * @category lines
 * @since 0.5.0
 */
export const closesAsStored = (event: RecordedEvent, record: Record<string, unknown> | undefined): boolean =>
  EventHash.hashFormatOf(event) === 1 && record?.[END_OF_BATCH] === true

/**
 * A stored record without its end-of-batch flag: the recorded event.
 *
 * @category lines
 * @since 0.5.0
 */
export const withoutFlag = (record: RecordedEvent): RecordedEvent => {
  const { [END_OF_BATCH]: _flag, ...event } = record as RecordedEvent & { readonly [END_OF_BATCH]?: true }
  return event as unknown as RecordedEvent
}
