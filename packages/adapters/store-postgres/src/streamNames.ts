import { type EventStore, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import type { PostgresLedger } from "./open.js"

/**
 * `streamNames` of the PostgreSQL store, in byte order (`COLLATE "C"`), as every store sorts them.
 *
 * @category reading
 * @since 0.5.0
 */
export const streamNames =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: PostgresLedger<New, Recorded>): EventStore<New, Recorded>["streamNames"] =>
  async (prefix) => {
    StoreGuards.ensureOpen(ledger)
    const rows = await ledger.pool.query<{ stream: string }>(
      `SELECT stream FROM (SELECT DISTINCT stream FROM ${ledger.events} WHERE starts_with(stream, $1)) AS names ORDER BY stream COLLATE "C"`,
      [prefix]
    )
    return rows.rows.map((row) => row.stream)
  }
