import { type EventStore, type NewEvent, type ReadAllOptions, type RecordedEvent, ReplayPages, StoreGuards } from "@plan-ledger/eventstore"
import { EVENT_COLUMNS, type EventRow, fromRow } from "./EventRow.js"
import type { SqliteLedger } from "./open.js"
import type { SqliteConnection, SqliteStatement, SqliteValue } from "./SqliteConnection.js"

/**
 * Rows fetched per query while reading: large enough to amortise the query, small enough that a
 * read never holds much in memory or keeps a cursor open across `await`s.
 *
 * @category reading
 * @since 0.5.0
 */
export const PAGE_SIZE = ReplayPages.REPLAY_PAGE_SIZE

// Which rows a read of the global order returns; `upTo` is null when the caller set no instant.
type GlobalRange = { readonly from: number; readonly upTo: string | null }

/**
 * The condition and order of a page of the global order (`@from`, `@upTo`).
 *
 * @category reading
 * @since 0.5.0
 */
export const IN_GLOBAL_RANGE = "global_position >= @from AND (@upTo IS NULL OR recorded_at <= @upTo) ORDER BY global_position"

/**
 * The statement that reads a page of whole rows in global order.
 *
 * @category reading
 * @since 0.5.0
 */
export const allPage = (database: SqliteConnection): SqliteStatement<EventRow> =>
  database.prepare<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE ${IN_GLOBAL_RANGE} LIMIT ${PAGE_SIZE}`)

/**
 * Pages of the global order, each a query of its own; every row type starts with the global
 * position, to page by.
 *
 * @category reading
 * @since 0.5.0
 */
export async function* pages<Row extends readonly [number, ...ReadonlyArray<SqliteValue>]>(
  ledger: { readonly closed: boolean; readonly storeName: string },
  page: SqliteStatement<Row>,
  options: ReadAllOptions
): AsyncIterable<ReadonlyArray<Row>> {
  const upTo = options.recordedUpTo ?? null
  let from = options.fromPosition ?? 1
  for (;;) {
    StoreGuards.ensureOpen(ledger)
    const range: GlobalRange = { from, upTo }
    const rows = page.all(range)
    if (rows.length > 0) yield rows
    if (rows.length < PAGE_SIZE) return
    from = (rows[rows.length - 1] as Row)[0] + 1
  }
}

/**
 * `readAll` of the SQLite store.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAll = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): EventStore<New, Recorded>["readAll"] => {
  const page = allPage(ledger.database)
  return async function* (options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    for await (const rows of pages(ledger, page, options)) {
      for (const row of rows) yield fromRow(row) as Recorded
    }
  }
}
