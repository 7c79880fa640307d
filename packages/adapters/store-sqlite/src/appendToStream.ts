import { AppendAlgorithm, type EventStore, type NewEvent, type RecordedEvent, StoreGuards, StoreUnavailable } from "@plan-ledger/eventstore"
import { EVENT_COLUMN_COUNT, EVENT_COLUMNS, type EventRow, fromRow, toRow } from "./EventRow.js"
import { chainHead } from "./head.js"
import type { SqliteLedger } from "./open.js"
import type { SqliteConnection, SqliteStatement } from "./SqliteConnection.js"
import { writeRejection } from "./WriteFailure.js"

// Rows a single INSERT writes: 256 × 16 = 4,096 bound values, well inside the limit on variables
// in one statement of the SQLite that either driver bundles (32,766 since SQLite 3.32), so a
// batch of up to 256 events is one statement.
const INSERT_CHUNK = 256

/**
 * Writes sealed events as rows, inside whatever transaction surrounds the call. One statement
 * inserts up to 256 rows; a statement is prepared once per row count. Appends and imports both
 * write through it.
 *
 * @category appending
 * @since 0.5.0
 */
export const batchWriter = (database: SqliteConnection): ((sealed: ReadonlyArray<RecordedEvent>) => void) => {
  const inserts = new Map<number, SqliteStatement>()
  const insertOf = (rows: number): SqliteStatement => {
    const known = inserts.get(rows)
    if (known !== undefined) return known
    const row = `(${Array(EVENT_COLUMN_COUNT).fill("?").join(", ")})`
    const statement = database.prepare(`INSERT INTO events (${EVENT_COLUMNS}) VALUES ${Array(rows).fill(row).join(", ")}`)
    inserts.set(rows, statement)
    return statement
  }
  return (sealed) => {
    for (let start = 0; start < sealed.length; start += INSERT_CHUNK) {
      const chunk = sealed.slice(start, start + INSERT_CHUNK)
      insertOf(chunk.length).run(chunk.flatMap(toRow))
    }
  }
}

/**
 * `appendToStream` of the SQLite store: the kernel's `AppendAlgorithm.runSync` inside one
 * `BEGIN IMMEDIATE` transaction — SQLite's write lock, taken before anything is read — whose
 * `AppendAlgorithm.decideWrite` is the store's one check of whether the batch may be written.
 *
 * @category appending
 * @since 0.5.0
 */
export const appendToStream = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): EventStore<New, Recorded>["appendToStream"] => {
  const { database, storeName } = ledger
  const streamHead = database.prepare<[revision: number, globalPosition: number]>(
    "SELECT stream_revision, global_position FROM events WHERE stream = ? ORDER BY stream_revision DESC LIMIT 1"
  )
  // One query for all of a batch's ids, passed as one JSON array.
  const byEventIds = database.prepare<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id IN (SELECT value FROM json_each(?))`)
  // Synchronous, so the whole append runs inside one `BEGIN IMMEDIATE` transaction without ever
  // leaving it for the event loop.
  const primitives: AppendAlgorithm.AppendPrimitives = {
    streamHead: (stream) => {
      const head = streamHead.get([stream])
      return head === undefined ? { revision: undefined, lastGlobalPosition: 0 } : { revision: head[0], lastGlobalPosition: head[1] }
    },
    storedEvents: (eventIds) => new Map(byEventIds.all([JSON.stringify(eventIds)]).map((row) => [row[1], fromRow(row)])),
    chainHead: chainHead(database),
    writeBatch: batchWriter(database)
  }
  return async (stream, events, options) => {
    StoreGuards.ensureWritable(ledger)
    if (ledger.importing)
      throw new StoreUnavailable({ store: storeName, detail: "an import into this store is under way; append once it has finished" })
    const prepared = AppendAlgorithm.prepare(ledger.schema, stream, events, options.expectedRevision)
    try {
      return database.immediateTransaction(() => AppendAlgorithm.runSync(primitives, prepared))
    } catch (cause) {
      throw writeRejection(storeName, ledger.path, "append", cause)
    }
  }
}
