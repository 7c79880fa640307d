import type { EventStore, NewEvent, RecordedEvent } from "@plan-ledger/eventstore"
import type { SqliteLedger } from "./open.js"

/**
 * `close` of the SQLite store: closes the connection, once.
 *
 * @category constructors
 * @since 0.5.0
 */
export const close =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: SqliteLedger<New, Recorded>): EventStore<New, Recorded>["close"] =>
  async () => {
    if (ledger.closed) return
    ledger.closed = true
    ledger.database.close()
  }
