import { type EventStore, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import type { PostgresLedger } from "./open.js"

/**
 * `head` of the PostgreSQL store: the last row by global position.
 *
 * @category reading
 * @since 0.5.0
 */
export const head =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: PostgresLedger<New, Recorded>): EventStore<New, Recorded>["head"] =>
  async () => {
    StoreGuards.ensureOpen(ledger)
    const row = (
      await ledger.pool.query<{ global_position: string; hash: string }>(
        `SELECT global_position, hash FROM ${ledger.events} ORDER BY global_position DESC LIMIT 1`
      )
    ).rows[0]
    return row === undefined ? { globalPosition: 0, hash: null } : { globalPosition: Number(row.global_position), hash: row.hash }
  }
