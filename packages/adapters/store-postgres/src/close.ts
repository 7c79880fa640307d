import type { EventStore, NewEvent, RecordedEvent } from "@plan-ledger/eventstore"
import type { PostgresLedger } from "./open.js"

/**
 * `close` of the PostgreSQL store: ends the pool, once.
 *
 * @category constructors
 * @since 0.5.0
 */
export const close =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: PostgresLedger<New, Recorded>): EventStore<New, Recorded>["close"] =>
  async () => {
    if (ledger.closed) return
    ledger.closed = true
    await ledger.pool.end()
  }
