import type { EventStore, FoldableEvent, NewEvent, ReadAllOptions, RecordedEvent } from "@plan-ledger/eventstore"
import { fromReplayRow, REPLAY_COLUMNS, type ReplayRow } from "./EventRow.js"
import type { SqliteLedger } from "./open.js"
import { IN_GLOBAL_RANGE, PAGE_SIZE, pages } from "./readAll.js"

/**
 * `readAllForReplay` of the SQLite store: the pages of `readAll`, selecting only the columns a fold reads.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAllForReplay = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): EventStore<New, Recorded>["readAllForReplay"] => {
  const replayPage = ledger.database.prepare<ReplayRow>(`SELECT ${REPLAY_COLUMNS} FROM events WHERE ${IN_GLOBAL_RANGE} LIMIT ${PAGE_SIZE}`)
  return async function* (options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> {
    for await (const rows of pages(ledger, replayPage, options)) yield rows.map((row) => fromReplayRow(row) as FoldableEvent<Recorded>)
  }
}
