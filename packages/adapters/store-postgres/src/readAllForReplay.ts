import type { EventStore, FoldableEvent, NewEvent, ReadAllOptions, RecordedEvent } from "@plan-ledger/eventstore"
import type { PostgresLedger } from "./open.js"
import { globalPages } from "./readAll.js"

/**
 * `readAllForReplay` of the PostgreSQL store: the pages of `readAll`, handed on whole.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAllForReplay = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>
): EventStore<New, Recorded>["readAllForReplay"] =>
  async function* (options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> {
    for await (const rows of globalPages(ledger, options)) yield rows.map((row) => JSON.parse(row.event) as Recorded)
  }
