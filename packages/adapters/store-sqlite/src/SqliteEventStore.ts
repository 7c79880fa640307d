import { mkdirSync } from "node:fs"
import { dirname } from "node:path"
import {
  type AppendResult,
  ChainVerifier,
  AppendAlgorithm,
  type EventSchema,
  type FoldableEvent,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  ReplayPages,
  SealedImport,
  type SnapshotStore,
  StoreUnavailable,
  type StoredRecord,
  Subscription
} from "@plan-ledger/eventstore"
import { chooseDriver, loadDriver } from "./DriverChoice.js"
import { snapshotTable } from "./SnapshotTable.js"
import {
  EVENT_COLUMN_COUNT,
  EVENT_COLUMN_NAMES,
  EVENT_COLUMNS,
  type EventRow,
  fromReplayRow,
  fromRow,
  REPLAY_COLUMNS,
  type ReplayRow,
  rowDifference,
  toRow
} from "./EventRow.js"
import { migrate, missingEventColumns } from "./Migrations.js"
import { openReadOnlyDatabase } from "./ReadOnlyDatabase.js"
import type { SqliteConnection, SqliteDriver, SqliteDriverName, SqliteStatement, SqliteValue } from "./SqliteConnection.js"
import { writeFailureOf } from "./WriteFailure.js"

// Rows fetched per query while reading: large enough to amortise the query, small enough that a
// read never holds much in memory or keeps a cursor open across `await`s.
const PAGE_SIZE = ReplayPages.REPLAY_PAGE_SIZE

// Rows a single INSERT writes: 256 × 16 = 4,096 bound values, well inside the limit on variables
// in one statement of the SQLite that either driver bundles (32,766 since SQLite 3.32), so a
// batch of up to 256 events is one statement.
const INSERT_CHUNK = 256

// How often a subscriber looks for events committed by this or another process.
const HEAD_POLL_MILLISECONDS = 20

// Which rows a read of the global order returns; `upTo` is null when the caller set no instant.
type GlobalRange = { readonly from: number; readonly upTo: string | null }
const IN_GLOBAL_RANGE = "global_position >= @from AND (@upTo IS NULL OR recorded_at <= @upTo) ORDER BY global_position"

/**
 * A SQLite-backed `EventStore`, with access to the database for tests and tools.
 *
 * @category models
 * @since 0.1.0
 */
export interface SqliteEventStore<
  New extends NewEvent = NewEvent,
  Recorded extends RecordedEvent = RecordedEvent
> extends SealedImport.SealedImportTarget<New, Recorded> {
  readonly path: string
  /** The underlying connection — for tamper tests and maintenance, never for appends. */
  readonly database: SqliteConnection
  /** The `snapshots` table. */
  readonly snapshots: SnapshotStore
}

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

// Creates the ledger (and its directory) if need be, in WAL mode, and migrates it.
const openForWriting = (driver: SqliteDriver, path: string, storeName: string): SqliteConnection => {
  let database: SqliteConnection | undefined
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true })
    database = driver.open(path, { readOnly: false })
    // Wait for a writer's lock from the first statement on: switching a new ledger to WAL needs
    // the lock too, and another process may be creating or migrating the same ledger.
    database.pragma("busy_timeout = 10000")
    database.pragma("journal_mode = WAL")
    database.pragma("synchronous = FULL")
    migrate(database)
    return database
  } catch (cause) {
    database?.close()
    throw new StoreUnavailable({
      store: storeName,
      detail: `cannot open the SQLite ledger (${describe(cause)}); check the path and its permissions`
    })
  }
}

/**
 * How a SQLite store is opened: the schema of the events it holds, whether it may write, and the
 * SQLite driver.
 *
 * @category models
 * @since 0.3.0
 */
export interface SqliteOpenOptions<New extends NewEvent, Recorded extends RecordedEvent> {
  readonly events: EventSchema.EventSchema<New, Recorded>
  readonly access?: "read" | "write"
  readonly driver?: SqliteDriverName
}

/**
 * Opens (creating if needed, with its directory) the SQLite ledger at `path`, for the events
 * `options.events` decodes, in WAL mode, and applies the schema migrations it has not seen. With `access: "read"` the ledger must exist and
 * is neither created, migrated nor written (`openReadOnlyDatabase`); appends are refused. `driver`
 * names the SQLite driver (`"node:sqlite"` or `"better-sqlite3"`); without it the environment
 * variable `PLAN_LEDGER_SQLITE_DRIVER` decides, else `DEFAULT_SQLITE_DRIVER`. Both drivers read and
 * write the same file.
 *
 * @example
 * import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
 * import { LedgerEvents } from "@plan-ledger/core/store"
 * const store = await openSqliteEventStore(".plan-ledger/ledger.db", { events: LedgerEvents })
 *
 * @category constructors
 * @since 0.1.0
 */
export const openSqliteEventStore = async <New extends NewEvent, Recorded extends RecordedEvent>(
  path: string,
  options: SqliteOpenOptions<New, Recorded>
): Promise<SqliteEventStore<New, Recorded>> => {
  const schema = options.events
  const storeName = `sqlite:${path}`
  const readOnly = options.access === "read"
  const driver = await loadDriver(storeName, chooseDriver(storeName, options.driver))
  const database = readOnly ? openReadOnlyDatabase(driver, path, storeName) : openForWriting(driver, path, storeName)
  const missing = missingEventColumns(database)
  if (missing.length > 0) {
    database.close()
    throw new StoreUnavailable({
      store: storeName,
      detail: `the events table ${missing.length === EVENT_COLUMN_NAMES.length ? "is missing" : `lacks the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`}: the ledger was damaged outside plan-ledger; restore it from a backup or a copy`
    })
  }

  const streamHead = database.prepare<[revision: number, globalPosition: number]>(
    "SELECT stream_revision, global_position FROM events WHERE stream = ? ORDER BY stream_revision DESC LIMIT 1"
  )
  const lastEvent = database.prepare<[globalPosition: number, hash: string]>(
    "SELECT global_position, hash FROM events ORDER BY global_position DESC LIMIT 1"
  )
  const anyEvent = database.prepare<[found: number]>("SELECT 1 FROM events LIMIT 1")
  // One query for all of a batch's ids, passed as one JSON array.
  const byEventIds = database.prepare<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id IN (SELECT value FROM json_each(?))`)
  // One statement inserts up to INSERT_CHUNK rows; a statement is prepared once per row count.
  const inserts = new Map<number, SqliteStatement>()
  const insertOf = (rows: number): SqliteStatement => {
    const known = inserts.get(rows)
    if (known !== undefined) return known
    const row = `(${Array(EVENT_COLUMN_COUNT).fill("?").join(", ")})`
    const statement = database.prepare(`INSERT INTO events (${EVENT_COLUMNS}) VALUES ${Array(rows).fill(row).join(", ")}`)
    inserts.set(rows, statement)
    return statement
  }
  const streamPage = database.prepare<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND stream_revision >= ? AND stream_revision <= ? ORDER BY stream_revision LIMIT ${PAGE_SIZE}`
  )
  const allPage = database.prepare<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE ${IN_GLOBAL_RANGE} LIMIT ${PAGE_SIZE}`)
  const replayPage = database.prepare<ReplayRow>(`SELECT ${REPLAY_COLUMNS} FROM events WHERE ${IN_GLOBAL_RANGE} LIMIT ${PAGE_SIZE}`)

  const streamsInRange = database.prepare<[stream: string]>(
    "SELECT DISTINCT stream FROM events WHERE stream >= ? AND stream < ? ORDER BY stream"
  )
  const allStreams = database.prepare<[stream: string]>("SELECT DISTINCT stream FROM events ORDER BY stream")
  const writeBatch = (sealed: ReadonlyArray<RecordedEvent>): void => {
    for (let start = 0; start < sealed.length; start += INSERT_CHUNK) {
      const chunk = sealed.slice(start, start + INSERT_CHUNK)
      insertOf(chunk.length).run(chunk.flatMap(toRow))
    }
  }

  // Synchronous, so the whole append runs inside one `BEGIN IMMEDIATE` transaction without ever
  // leaving it for the event loop.
  const primitives: AppendAlgorithm.AppendPrimitives = {
    streamHead: (stream) => {
      const head = streamHead.get([stream])
      return head === undefined ? { revision: undefined, lastGlobalPosition: 0 } : { revision: head[0], lastGlobalPosition: head[1] }
    },
    storedEvents: (eventIds) => new Map(byEventIds.all([JSON.stringify(eventIds)]).map((row) => [row[1], fromRow(row)])),
    chainHead: () => {
      const last = lastEvent.get()
      return { globalPosition: last?.[0] ?? 0, hash: last?.[1] ?? null }
    },
    writeBatch
  }
  const append = (prepared: AppendAlgorithm.PreparedAppend): AppendResult =>
    database.immediateTransaction(() => AppendAlgorithm.runSync(primitives, prepared))

  let closed = false
  let importing = false
  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: storeName, detail: "the store was closed; open it again" })
  }
  const ensureWritable = (): void => {
    ensureOpen()
    if (readOnly)
      throw new StoreUnavailable({ store: storeName, detail: "the ledger was opened for reading only; open it for writing to append" })
  }

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    ensureOpen()
    let from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER
    for (;;) {
      const rows = streamPage.all([stream, from, to])
      for (const row of rows) yield fromRow(row) as Recorded
      if (rows.length < PAGE_SIZE) return
      from = (rows[rows.length - 1] as EventRow)[3] + 1
    }
  }

  // Pages of the global order; every row type starts with the global position, to page by.
  async function* pages<Row extends readonly [number, ...ReadonlyArray<SqliteValue>]>(
    page: SqliteStatement<Row>,
    options: ReadAllOptions
  ): AsyncIterable<ReadonlyArray<Row>> {
    const upTo = options.recordedUpTo ?? null
    let from = options.fromPosition ?? 1
    for (;;) {
      ensureOpen()
      const range: GlobalRange = { from, upTo }
      const rows = page.all(range)
      if (rows.length > 0) yield rows
      if (rows.length < PAGE_SIZE) return
      from = (rows[rows.length - 1] as Row)[0] + 1
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    for await (const rows of pages(allPage, options)) {
      for (const row of rows) yield fromRow(row) as Recorded
    }
  }

  async function* readAllForReplay(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> {
    for await (const rows of pages(replayPage, options)) yield rows.map((row) => fromReplayRow(row) as FoldableEvent<Recorded>)
  }

  // For verify: a row that no longer parses is handed on as text, so the schema reports it as
  // undecodable instead of the walk stopping with an exception.
  const parseOrKeep = (text: string): unknown => {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }

  async function* storedRecords(): AsyncIterable<StoredRecord.StoredRecord> {
    for await (const rows of pages(allPage, {})) {
      for (const row of rows) yield { record: fromRow(row, parseOrKeep), differenceFrom: (event) => rowDifference(row, toRow(event)) }
    }
  }

  const store: SqliteEventStore<New, Recorded> = {
    path,
    database,
    head: async () => {
      ensureOpen()
      return primitives.chainHead()
    },
    appendToStream: async (stream, events, options) => {
      ensureWritable()
      if (importing)
        throw new StoreUnavailable({ store: storeName, detail: "an import into this store is under way; append once it has finished" })
      const prepared = AppendAlgorithm.prepare(schema, stream, events, options.expectedRevision)
      try {
        return append(prepared)
      } catch (cause) {
        if (typeof cause === "object" && cause !== null && "_tag" in cause) throw cause
        throw (
          writeFailureOf(storeName, path, cause) ??
          new StoreUnavailable({ store: storeName, detail: `the append failed and nothing was written (${describe(cause)})` })
        )
      }
    },
    readStream,
    readAll,
    readAllForReplay,
    streamNames: async (prefix) => {
      ensureOpen()
      // A range over the (stream, revision) index: every name that starts with the prefix sorts
      // at or after it and before the prefix with its last character raised by one (stream names
      // are compared byte by byte, and the prefixes asked for end in an ASCII character).
      const upperBound = `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`
      const rows = prefix === "" ? allStreams.all() : streamsInRange.all([prefix, upperBound])
      return rows.map(([stream]) => stream)
    },
    snapshots: snapshotTable(database, storeName, ensureOpen),
    subscribe: (options) => Subscription.follow(readAll, Subscription.pollingHead(store.head, HEAD_POLL_MILLISECONDS), options),
    verify: async (options = {}) => {
      ensureOpen()
      return ChainVerifier.verifyStore(schema, storeName, storedRecords(), options.onProgress)
    },
    close: async () => {
      if (closed) return
      closed = true
      database.close()
    },
    importSealed: async (events) => {
      ensureWritable()
      // One transaction for the whole import, so a copy that fails midway leaves the store empty.
      // It must span the source's `await`s, so it is opened by hand rather than by
      // `database.immediateTransaction`, and appends through this connection are refused meanwhile (they
      // would otherwise land inside it).
      importing = true
      try {
        database.exec("BEGIN IMMEDIATE")
        const imported = await SealedImport.importChecked(schema, storeName, events, {
          holdsEvents: () => anyEvent.get() !== undefined,
          writeBatch
        })
        database.exec("COMMIT")
        return imported
      } catch (cause) {
        database.rollbackIfOpen()
        if (typeof cause === "object" && cause !== null && "_tag" in cause) throw cause
        throw (
          writeFailureOf(storeName, path, cause) ??
          new StoreUnavailable({ store: storeName, detail: `the import failed and nothing was written (${describe(cause)})` })
        )
      } finally {
        importing = false
      }
    }
  }
  return store
}
