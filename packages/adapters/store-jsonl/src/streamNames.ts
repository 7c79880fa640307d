import { existsSync } from "node:fs"
import { type EventStore, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import { type JsonlLedger, withCurrentIndex } from "./open.js"

/**
 * `streamNames` of the JSON-lines store: the index's streams as the file stands now, like the head,
 * so the names include streams other processes have begun.
 *
 * @category reading
 * @since 0.5.0
 */
export const streamNames =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: JsonlLedger<New, Recorded>): EventStore<New, Recorded>["streamNames"] =>
  async (prefix) => {
    StoreGuards.ensureOpen(ledger)
    if (!existsSync(ledger.path)) return []
    return withCurrentIndex(ledger, () => [...ledger.index.streams.keys()].filter((stream) => stream.startsWith(prefix)).sort())
  }
