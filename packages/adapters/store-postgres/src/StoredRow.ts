import { EventChain, type RecordedEvent, StoredRecord } from "@plan-ledger/eventstore"

/**
 * Every column of one `events` row, in the order `verify` selects them.
 *
 * @category rows
 * @since 0.3.0
 */
export const STORED_COLUMNS = ["global_position", "event_id", "stream", "stream_revision", "recorded_at", "event", "hash"] as const

/**
 * One `events` row as `pg` returns it (a `bigint` comes back as text).
 *
 * @category rows
 * @since 0.3.0
 */
export type StoredRow = { readonly [Column in (typeof STORED_COLUMNS)[number]]: Column extends "stream_revision" ? number : string }

/**
 * The event column parsed, or its text when it no longer parses (so it is reported as undecodable).
 *
 * @category rows
 * @since 0.3.0
 */
export const parsedOrText = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

// The columns kept beside the event's JSON, so reads can select and order by them without parsing
// it: each must say exactly what the hashed event says.
const columnValues = (event: RecordedEvent): Omit<StoredRow, "event"> => ({
  global_position: String(event.globalPosition),
  event_id: event.eventId,
  stream: event.stream,
  stream_revision: event.streamRevision,
  recorded_at: event.recordedAt,
  hash: event.hash
})

/**
 * Compares a stored row with the row the store writes for the event it decodes to: each column
 * with the hashed event's field (reads select by stream, filter by recorded-at and page by global
 * position on the columns, so an edited column changes a view), and the event's JSON text with
 * the text the store writes. Ledgers copied into PostgreSQL before the store wrote every event in
 * `EventChain.sealedForm` hold copied events with their keys in the schema's order; that text is
 * accepted too, and nothing else.
 *
 * @category rows
 * @since 0.3.0
 */
export const storedRowDifference = (row: StoredRow, event: RecordedEvent): string | undefined => {
  for (const [column, value] of Object.entries(columnValues(event))) {
    const stored: unknown = row[column as keyof StoredRow]
    if (stored !== value) return `column ${column} holds ${JSON.stringify(stored)} where the hashed event has ${JSON.stringify(value)}`
  }
  if (row.event === JSON.stringify(event)) return undefined
  return StoredRecord.textDifference("column event", row.event, JSON.stringify(EventChain.sealedForm(event)))
}
