import { type EventStore, type NewEvent, type ReadStreamOptions, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import { EVENT_COLUMNS, type EventRow, fromRow } from "./EventRow.js"
import type { SqliteLedger } from "./open.js"
import { PAGE_SIZE } from "./readAll.js"

/**
 * `readStream` of the SQLite store: pages of the stream by revision, on the `(stream, stream_revision)` index.
 *
 * @category reading
 * @since 0.5.0
 */
export const readStream = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): EventStore<New, Recorded>["readStream"] => {
  const streamPage = ledger.database.prepare<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND stream_revision >= ? AND stream_revision <= ? ORDER BY stream_revision LIMIT ${PAGE_SIZE}`
  )
  return async function* (stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    StoreGuards.ensureOpen(ledger)
    let from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER
    for (;;) {
      const rows = streamPage.all([stream, from, to])
      for (const row of rows) yield fromRow(row) as Recorded
      if (rows.length < PAGE_SIZE) return
      from = (rows[rows.length - 1] as EventRow)[3] + 1
    }
  }
}
