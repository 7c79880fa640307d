import type { FoldableEvent, RecordedEvent } from "@plan-ledger/core"

/**
 * The columns of one `events` row, in the order every query selects them.
 *
 * @category rows
 * @since 0.1.0
 */
export const EVENT_COLUMNS =
  "global_position, event_id, stream, stream_revision, type, schema_version, recorded_at, effective_date, actor, reason, authority, source, data, previous_hash, hash"

/**
 * A row as better-sqlite3 returns it in raw (array) mode.
 *
 * @category rows
 * @since 0.1.0
 */
export type EventRow = readonly [
  globalPosition: number,
  eventId: string,
  stream: string,
  streamRevision: number,
  type: string,
  schemaVersion: number,
  recordedAt: string,
  effectiveDate: string,
  actor: string,
  reason: string,
  authority: string | null,
  source: string | null,
  data: string,
  previousHash: string | null,
  hash: string
]

/**
 * The row's values for an insert, in column order.
 *
 * @category rows
 * @since 0.1.0
 */
export const toRow = (event: RecordedEvent): EventRow => [
  event.globalPosition,
  event.eventId,
  event.stream,
  event.streamRevision,
  event.type,
  event.schemaVersion,
  event.recordedAt,
  event.effectiveDate,
  event.actor,
  event.reason,
  event.authority ?? null,
  event.source === undefined ? null : JSON.stringify(event.source),
  JSON.stringify(event.data),
  event.previousHash,
  event.hash
]

/**
 * Rebuilds the stored record from a row (`parse` reads the JSON columns). The result is not decoded through the schema — every
 * event was validated on append, and `verify` decodes them all — so replay pays only for parsing
 * the payload.
 *
 * @category rows
 * @since 0.1.0
 */
export const fromRow = (row: EventRow, parse: (text: string) => unknown = JSON.parse): RecordedEvent => {
  const [
    globalPosition,
    eventId,
    stream,
    streamRevision,
    type,
    schemaVersion,
    recordedAt,
    effectiveDate,
    actor,
    reason,
    authority,
    source,
    data,
    previousHash,
    hash
  ] = row
  const record: Record<string, unknown> = {
    eventId,
    type,
    schemaVersion,
    recordedAt,
    actor,
    reason,
    effectiveDate,
    data: parse(data),
    stream,
    streamRevision,
    globalPosition,
    previousHash,
    hash
  }
  if (authority !== null) record["authority"] = authority
  if (source !== null) record["source"] = parse(source)
  return record as unknown as RecordedEvent
}

/**
 * The columns a replay reads: what a fold needs (the schema version too, to upcast the payload),
 * and the position to page by. Seven columns instead of fifteen is most of what makes `readAllForReplay` faster than `readAll`.
 *
 * @category rows
 * @since 0.1.0
 */
export const REPLAY_COLUMNS = "global_position, schema_version, actor, reason, authority, effective_date, data"

/**
 * A replay row as better-sqlite3 returns it in raw (array) mode.
 *
 * @category rows
 * @since 0.1.0
 */
export type ReplayRow = readonly [
  globalPosition: number,
  schemaVersion: number,
  actor: string,
  reason: string,
  authority: string | null,
  effectiveDate: string,
  data: string
]

/**
 * What the fold reads of a replay row (not decoded through the schema, as in `fromRow`).
 *
 * @category rows
 * @since 0.1.0
 */
export const fromReplayRow = (row: ReplayRow): FoldableEvent => {
  const [, schemaVersion, actor, reason, authority, effectiveDate, data] = row
  const event: Record<string, unknown> = { schemaVersion, actor, reason, effectiveDate, data: JSON.parse(data) }
  if (authority !== null) event["authority"] = authority
  return event as unknown as FoldableEvent
}
