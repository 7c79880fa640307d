import { type FoldableEvent, type RecordedEvent, StoredRecord } from "@plan-ledger/eventstore"

/**
 * The names of the columns of one `events` row, in the order every query selects them.
 *
 * @category rows
 * @since 0.3.0
 */
export const EVENT_COLUMN_NAMES = [
  "global_position",
  "event_id",
  "stream",
  "stream_revision",
  "type",
  "schema_version",
  "recorded_at",
  "effective_date",
  "actor",
  "reason",
  "authority",
  "source",
  "data",
  "previous_hash",
  "hash",
  "last_in_batch"
] as const

/**
 * The columns of one `events` row, in the order every query selects them.
 *
 * @category rows
 * @since 0.1.0
 */
export const EVENT_COLUMNS = EVENT_COLUMN_NAMES.join(", ")

/**
 * How many columns `EVENT_COLUMNS` names.
 *
 * @category rows
 * @since 0.3.0
 */
export const EVENT_COLUMN_COUNT = EVENT_COLUMNS.split(",").length

/**
 * A row as the driver seam returns it: its columns in order, as an array.
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
  hash: string,
  lastInBatch: 0 | 1 | null
]

/**
 * The row's values for an insert, in column order. `last_in_batch` is 1 or 0 for an event of hash
 * format 2, `NULL` for one of format 1 (it records no batch boundary).
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
  event.hash,
  event.lastInBatch === undefined ? null : event.lastInBatch ? 1 : 0
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
    hash,
    lastInBatch
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
  if (lastInBatch !== null) record["lastInBatch"] = lastInBatch === 1
  return record as unknown as RecordedEvent
}

// The columns that hold JSON text rather than a plain value.
const JSON_COLUMNS: ReadonlySet<string> = new Set(["source", "data"])

/**
 * Compares every column of a stored row with the row the store writes for the event it decodes
 * to: `undefined` when they are identical, otherwise the first column that differs and how.
 *
 * @category rows
 * @since 0.3.0
 */
export const rowDifference = (stored: EventRow, canonical: EventRow): string | undefined => {
  for (const [index, name] of EVENT_COLUMN_NAMES.entries()) {
    const storedValue: unknown = stored[index]
    const canonicalValue: unknown = canonical[index]
    if (storedValue === canonicalValue) continue
    if (JSON_COLUMNS.has(name) && typeof storedValue === "string" && typeof canonicalValue === "string") {
      const difference = StoredRecord.textDifference(`column ${name}`, storedValue, canonicalValue)
      if (difference !== undefined) return difference
      continue
    }
    return `column ${name} holds ${JSON.stringify(storedValue) ?? String(storedValue)} where the hashed event has ${JSON.stringify(canonicalValue)}`
  }
  return undefined
}

/**
 * The columns a replay reads: what a fold needs (the schema version too, to upcast the payload),
 * and the position to page by. Seven columns instead of sixteen is most of what makes `readAllForReplay` faster than `readAll`.
 *
 * @category rows
 * @since 0.1.0
 */
export const REPLAY_COLUMNS = "global_position, schema_version, actor, reason, authority, effective_date, data"

/**
 * A replay row as the driver seam returns it: its columns in order, as an array.
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
