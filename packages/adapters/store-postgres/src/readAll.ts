import { type EventStore, type NewEvent, type ReadAllOptions, type RecordedEvent, ReplayPages, StoreGuards } from "@plan-ledger/eventstore"
import type { PostgresLedger } from "./open.js"

/**
 * Rows fetched per query while reading.
 *
 * @category reading
 * @since 0.5.0
 */
export const PAGE_SIZE = ReplayPages.REPLAY_PAGE_SIZE

/**
 * A row of a read: its global position (a `bigint`, which `pg` returns as text), revision and the
 * event's JSON text.
 *
 * @category reading
 * @since 0.5.0
 */
export type Row = { readonly global_position: string; readonly stream_revision: number; readonly event: string }

/**
 * Where the page after a row of the global order starts.
 *
 * @category reading
 * @since 0.5.0
 */
export const byPosition = (row: Row): number => Number(row.global_position) + 1

/**
 * Keyset pagination: each query starts after the last row of the one before, so no cursor or
 * transaction stays open while the caller works through a page. The next page is asked for
 * before this one is handed over, so the server works while the caller parses and folds.
 *
 * @category reading
 * @since 0.5.0
 */
export async function* pages<New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>,
  sql: string,
  parameters: (from: number) => ReadonlyArray<unknown>,
  from: number,
  nextFrom: (row: Row) => number
): AsyncIterable<ReadonlyArray<Row>> {
  const query = (next: number): Promise<ReadonlyArray<Row>> => {
    StoreGuards.ensureOpen(ledger)
    return ledger.pool.query<Row>(sql, [...parameters(next)]).then((result) => result.rows)
  }
  let pending: Promise<ReadonlyArray<Row>> | undefined = query(from)
  try {
    while (pending !== undefined) {
      const rows: ReadonlyArray<Row> = await pending
      pending = rows.length < PAGE_SIZE ? undefined : query(nextFrom(rows[rows.length - 1] as Row))
      if (rows.length > 0) yield rows
    }
  } finally {
    // A reader that stops early leaves the prefetched page to settle, not to fail unobserved.
    await pending?.catch(() => undefined)
  }
}

/**
 * The global order, optionally only the events recorded up to an instant.
 *
 * @category reading
 * @since 0.5.0
 */
export const globalPages = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>,
  options: ReadAllOptions
): AsyncIterable<ReadonlyArray<Row>> => {
  const upTo = options.recordedUpTo
  const sql =
    upTo === undefined
      ? `SELECT global_position, stream_revision, event FROM ${ledger.events} WHERE global_position >= $1 ORDER BY global_position LIMIT ${PAGE_SIZE}`
      : `SELECT global_position, stream_revision, event FROM ${ledger.events} WHERE global_position >= $1 AND recorded_at <= $2 ORDER BY global_position LIMIT ${PAGE_SIZE}`
  return pages(ledger, sql, (from) => (upTo === undefined ? [from] : [from, upTo]), options.fromPosition ?? 1, byPosition)
}

/**
 * `readAll` of the PostgreSQL store.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAll = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>
): EventStore<New, Recorded>["readAll"] =>
  async function* (options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    for await (const rows of globalPages(ledger, options)) {
      for (const row of rows) yield JSON.parse(row.event) as Recorded
    }
  }
