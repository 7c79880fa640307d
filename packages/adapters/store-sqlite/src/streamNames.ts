import { type EventStore, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import type { SqliteLedger } from "./open.js"

/**
 * `streamNames` of the SQLite store: a range over the `(stream, stream_revision)` index.
 *
 * @category reading
 * @since 0.5.0
 */
export const streamNames = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): EventStore<New, Recorded>["streamNames"] => {
  const streamsInRange = ledger.database.prepare<[stream: string]>(
    "SELECT DISTINCT stream FROM events WHERE stream >= ? AND stream < ? ORDER BY stream"
  )
  const allStreams = ledger.database.prepare<[stream: string]>("SELECT DISTINCT stream FROM events ORDER BY stream")
  return async (prefix) => {
    StoreGuards.ensureOpen(ledger)
    // Every name that starts with the prefix sorts at or after it and before the prefix with its
    // last character raised by one (stream names are compared byte by byte, and the prefixes asked
    // for end in an ASCII character).
    const upperBound = `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`
    const rows = prefix === "" ? allStreams.all() : streamsInRange.all([prefix, upperBound])
    return rows.map(([stream]) => stream)
  }
}
