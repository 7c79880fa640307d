import { existsSync } from "node:fs"
import { type EventStore, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import { type JsonlLedger, withCurrentIndex } from "./open.js"

/**
 * `head` of the JSON-lines store: the index's chain head, as the file stands now.
 *
 * @category reading
 * @since 0.5.0
 */
export const head =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: JsonlLedger<New, Recorded>): EventStore<New, Recorded>["head"] =>
  async () => {
    StoreGuards.ensureOpen(ledger)
    if (!existsSync(ledger.path)) return { globalPosition: 0, hash: null }
    return withCurrentIndex(ledger, () => ({ globalPosition: ledger.index.lastPosition, hash: ledger.index.lastHash }))
  }
