import type { EventStore, NewEvent, RecordedEvent } from "@plan-ledger/eventstore"
import type { JsonlLedger } from "./open.js"

/**
 * `close` of the JSON-lines store: every later call is refused. It holds no file open between calls.
 *
 * @category constructors
 * @since 0.5.0
 */
export const close =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: JsonlLedger<New, Recorded>): EventStore<New, Recorded>["close"] =>
  async () => {
    ledger.closed = true
  }
