import { type EventStore, type NewEvent, type ReadAllOptions, type RecordedEvent, ReplayPages } from "@plan-ledger/eventstore"
import type { JsonlLedger } from "./open.js"
import { storedBatches } from "./readAll.js"

/**
 * `readAllForReplay` of the JSON-lines store: the batches of `readAll` regrouped into replay pages.
 * A fold ignores the end-of-batch flag, so replay skips copying each record without it.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAllForReplay =
  <New extends NewEvent, Recorded extends RecordedEvent>(
    ledger: JsonlLedger<New, Recorded>
  ): EventStore<New, Recorded>["readAllForReplay"] =>
  (options: ReadAllOptions = {}) =>
    ReplayPages.regroup(storedBatches(ledger), options)
