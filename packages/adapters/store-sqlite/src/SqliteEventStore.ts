import { mkdirSync } from "node:fs"
import { dirname } from "node:path"
import {
  type AppendResult,
  ChainVerifier,
  AppendAlgorithm,
  EventStoreService,
  type FoldableEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  ReplayPages,
  SealedImport,
  StoreUnavailable,
  type StoredRecord
} from "@plan-ledger/core"
import Database from "better-sqlite3"
import {
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

// Rows fetched per query while reading: large enough to amortise the query, small enough that a
// read never holds much in memory or keeps a cursor open across `await`s.
const PAGE_SIZE = ReplayPages.REPLAY_PAGE_SIZE

// Which rows a read of the global order returns; `upTo` is null when the caller set no instant.
type GlobalRange = { readonly from: number; readonly upTo: string | null }
const IN_GLOBAL_RANGE = "global_position >= @from AND (@upTo IS NULL OR recorded_at <= @upTo) ORDER BY global_position"

/**
 * A SQLite-backed `EventStore`, with access to the database for tests and tools.
 *
 * @category models
 * @since 0.1.0
 */
export interface SqliteEventStore extends SealedImport.SealedImportTarget {
  readonly path: string
  /** The underlying connection — for tamper tests and maintenance, never for appends. */
  readonly database: Database.Database
}

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * Opens (creating if needed, with its directory) the SQLite ledger at `path`, in WAL mode, and
 * applies the schema migrations it has not seen.
 *
 * @example
 * import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
 * const store = await openSqliteEventStore(".plan-ledger/ledger.db")
 *
 * @category constructors
 * @since 0.1.0
 */
export const openSqliteEventStore = async (path: string): Promise<SqliteEventStore> => {
  const storeName = `sqlite:${path}`
  let database: Database.Database
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true })
    database = new Database(path)
    database.pragma("journal_mode = WAL")
    database.pragma("synchronous = FULL")
    database.pragma("busy_timeout = 10000")
    migrate(database)
  } catch (cause) {
    throw new StoreUnavailable({
      store: storeName,
      detail: `cannot open the SQLite ledger (${describe(cause)}); check the path and its permissions`
    })
  }
  const missing = missingEventColumns(database)
  if (missing.length > 0) {
    database.close()
    throw new StoreUnavailable({
      store: storeName,
      detail: `the events table ${missing.length === EVENT_COLUMN_NAMES.length ? "is missing" : `lacks the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}`}: the ledger was damaged outside plan-ledger; restore it from a backup or a copy`
    })
  }

  const streamHead = database
    .prepare<[string], [revision: number, globalPosition: number]>(
      "SELECT stream_revision, global_position FROM events WHERE stream = ? ORDER BY stream_revision DESC LIMIT 1"
    )
    .raw(true)
  const lastEvent = database.prepare<[], { global_position: number; hash: string }>(
    "SELECT global_position, hash FROM events ORDER BY global_position DESC LIMIT 1"
  )
  const anyEvent = database.prepare<[], { found: number }>("SELECT 1 AS found FROM events LIMIT 1")
  const byEventId = database.prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ?`).raw(true)
  const insert = database.prepare(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (${Array(15).fill("?").join(", ")})`)
  const streamPage = database
    .prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND stream_revision >= ? AND stream_revision <= ? ORDER BY stream_revision LIMIT ${PAGE_SIZE}`
    )
    .raw(true)
  const allPage = database
    .prepare<[GlobalRange], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE ${IN_GLOBAL_RANGE} LIMIT ${PAGE_SIZE}`)
    .raw(true)
  const replayPage = database
    .prepare<[GlobalRange], ReplayRow>(`SELECT ${REPLAY_COLUMNS} FROM events WHERE ${IN_GLOBAL_RANGE} LIMIT ${PAGE_SIZE}`)
    .raw(true)

  const writeBatch = (sealed: ReadonlyArray<RecordedEvent>): void => {
    for (const event of sealed) insert.run(...toRow(event))
  }

  // Synchronous, so the whole append runs inside one `BEGIN IMMEDIATE` transaction without ever
  // leaving it for the event loop.
  const primitives: AppendAlgorithm.AppendPrimitives<"sync"> = {
    streamHead: (stream) => {
      const head = streamHead.get(stream)
      return head === undefined ? { revision: undefined, lastGlobalPosition: 0 } : { revision: head[0], lastGlobalPosition: head[1] }
    },
    storedEvents: (eventIds) => {
      const stored = new Map<string, RecordedEvent>()
      for (const eventId of eventIds) {
        const row = byEventId.get(eventId)
        if (row !== undefined) stored.set(eventId, fromRow(row))
      }
      return stored
    },
    chainHead: () => {
      const last = lastEvent.get()
      return { globalPosition: last?.global_position ?? 0, hash: last?.hash ?? null }
    },
    writeBatch
  }
  const append = database.transaction((prepared: AppendAlgorithm.PreparedAppend): AppendResult =>
    AppendAlgorithm.runSync(primitives, prepared)
  )

  let closed = false
  let importing = false
  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: storeName, detail: "the store was closed; open it again" })
  }

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    ensureOpen()
    let from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER
    for (;;) {
      const rows = streamPage.all(stream, from, to)
      for (const row of rows) yield fromRow(row)
      if (rows.length < PAGE_SIZE) return
      from = (rows[rows.length - 1] as EventRow)[3] + 1
    }
  }

  // Pages of the global order; every row type starts with the global position, to page by.
  async function* pages<Row extends readonly [number, ...ReadonlyArray<unknown>]>(
    page: Database.Statement<[GlobalRange], Row>,
    options: ReadAllOptions
  ): AsyncIterable<ReadonlyArray<Row>> {
    const upTo = options.recordedUpTo ?? null
    let from = options.fromPosition ?? 1
    for (;;) {
      ensureOpen()
      const rows = page.all({ from, upTo })
      if (rows.length > 0) yield rows
      if (rows.length < PAGE_SIZE) return
      from = (rows[rows.length - 1] as Row)[0] + 1
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const rows of pages(allPage, options)) {
      for (const row of rows) yield fromRow(row)
    }
  }

  async function* readAllForReplay(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent>> {
    for await (const rows of pages(replayPage, options)) yield rows.map(fromReplayRow)
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

  const store: SqliteEventStore = {
    path,
    database,
    head: async () => {
      ensureOpen()
      return primitives.chainHead()
    },
    appendToStream: async (stream, events, options) => {
      ensureOpen()
      if (importing)
        throw new StoreUnavailable({ store: storeName, detail: "an import into this store is under way; append once it has finished" })
      const prepared = AppendAlgorithm.prepare(stream, events, options.expectedRevision)
      try {
        return append.immediate(prepared)
      } catch (cause) {
        if (typeof cause === "object" && cause !== null && "_tag" in cause) throw cause
        throw new StoreUnavailable({ store: storeName, detail: `the append failed and nothing was written (${describe(cause)})` })
      }
    },
    readStream,
    readAll,
    readAllForReplay,
    verify: async (options = {}) => {
      ensureOpen()
      return ChainVerifier.verifyStore(storeName, storedRecords(), options.onProgress)
    },
    close: async () => {
      if (closed) return
      closed = true
      database.close()
    },
    importSealed: async (events) => {
      ensureOpen()
      // One transaction for the whole import, so a copy that fails midway leaves the store empty.
      // It must span the source's `await`s, so it is opened by hand rather than by
      // `database.transaction`, and appends through this connection are refused meanwhile (they
      // would otherwise land inside it).
      importing = true
      try {
        database.exec("BEGIN IMMEDIATE")
        const imported = await SealedImport.importChecked(storeName, events, {
          holdsEvents: () => anyEvent.get() !== undefined,
          writeBatch
        })
        database.exec("COMMIT")
        return imported
      } catch (cause) {
        if (database.inTransaction) database.exec("ROLLBACK")
        if (typeof cause === "object" && cause !== null && "_tag" in cause) throw cause
        throw new StoreUnavailable({ store: storeName, detail: `the import failed and nothing was written (${describe(cause)})` })
      } finally {
        importing = false
      }
    }
  }
  return store
}

/**
 * The SQLite store as an Effect layer: opened when the layer is built, closed with its scope.
 *
 * @category layers
 * @since 0.1.0
 */
export const layerSqlite = (path: string) => EventStoreService.layerFrom(() => openSqliteEventStore(path), `sqlite:${path}`)
