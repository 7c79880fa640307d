import { existsSync } from "node:fs"
import type { EventStore, NewEvent, RecordedEvent } from "@plan-ledger/eventstore"
import { ensureOpen, type JsonlLedger, withCurrentIndex } from "./open.js"

/**
 * `head` of the JSON-lines store: the index's chain head, as the file stands now.
 *
 * @category reading
 * @since 0.5.0
 */
export const head =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: JsonlLedger<New, Recorded>): EventStore<New, Recorded>["head"] =>
  async () => {
    ensureOpen(ledger)
    if (!existsSync(ledger.path)) return { globalPosition: 0, hash: null }
    return withCurrentIndex(ledger, () => ({ globalPosition: ledger.index.lastPosition, hash: ledger.index.lastHash }))
  }
