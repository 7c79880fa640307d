import {
  AppendAlgorithm,
  ChainVerifier,
  EventChain,
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
import pg from "pg"
import { lockKey, migrate } from "./Migrations.js"
import { parsePostgresUrl } from "./PostgresLocation.js"
import { parsedOrText, STORED_COLUMNS, type StoredRow, storedRowDifference } from "./StoredRow.js"

const PAGE_SIZE = ReplayPages.REPLAY_PAGE_SIZE

/**
 * A PostgreSQL-backed `EventStore`, with its pool and schema for tests and tools.
 *
 * @category models
 * @since 0.1.0
 */
export interface PostgresEventStore extends SealedImport.SealedImportTarget {
  readonly schema: string
  readonly pool: pg.Pool
}

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))
const isTagged = (value: unknown): boolean => typeof value === "object" && value !== null && "_tag" in value

/**
 * Opens the ledger in a PostgreSQL database (`postgres://user@host:5432/db`, optionally
 * `?schema=name`), creating and migrating its schema if needed.
 *
 * Appenders take a transaction-level advisory lock before reading the last position and hash, and
 * give each event `global_position = last + 1` inside the transaction; the lock is released only
 * at commit. So positions are assigned in commit order: a reader following the global order can
 * never see position N+1 before position N is committed, and never skips an event a slower writer
 * commits late.
 *
 * @example
 * import { openPostgresEventStore } from "@plan-ledger/store-postgres"
 * const store = await openPostgresEventStore("postgres://ledger@db.example:5432/plans")
 *
 * @category constructors
 * @since 0.1.0
 */
export const openPostgresEventStore = async (url: string): Promise<PostgresEventStore> => {
  const { connectionString, schema } = parsePostgresUrl(url)
  const storeName = url.replace(/:\/\/[^@/]*@/, "://…@")
  const pool = new pg.Pool({ connectionString, max: 4 })
  pool.on("error", () => undefined)
  try {
    const client = await pool.connect()
    try {
      await migrate(client, schema)
    } finally {
      client.release()
    }
  } catch (cause) {
    await pool.end()
    throw new StoreUnavailable({
      store: storeName,
      detail: `cannot open the PostgreSQL ledger (${describe(cause)}); check the server is running and the URL, user and database are right`
    })
  }
  const events = `${schema}.events`
  const key = lockKey(schema)
  let closed = false
  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: storeName, detail: "the store was closed; open it again" })
  }

  // Runs `work` in one transaction holding the ledger's advisory lock.
  const inLockedTransaction = async <Result>(work: (client: pg.PoolClient) => Promise<Result>): Promise<Result> => {
    const client = await pool.connect().catch((cause: unknown) => {
      throw new StoreUnavailable({ store: storeName, detail: `the server did not answer (${describe(cause)})` })
    })
    // A connection the server drops mid-transaction (a restart) also emits an error event on the
    // client; the failing query reports it, so the event needs a listener lest it end the process.
    const ignoreDroppedConnection = (): void => undefined
    client.on("error", ignoreDroppedConnection)
    // A client whose rollback failed has lost its connection; it is destroyed, not pooled again.
    let connectionLost = false
    try {
      await client.query("BEGIN")
      await client.query("SELECT pg_advisory_xact_lock($1)", [key])
      const result = await work(client)
      await client.query("COMMIT")
      return result
    } catch (cause) {
      await client.query("ROLLBACK").catch(() => (connectionLost = true))
      if (isTagged(cause)) throw cause
      throw new StoreUnavailable({ store: storeName, detail: `the write failed and nothing was written (${describe(cause)})` })
    } finally {
      client.off("error", ignoreDroppedConnection)
      client.release(connectionLost)
    }
  }

  const insert = async (client: pg.PoolClient, sealed: ReadonlyArray<RecordedEvent>): Promise<void> => {
    await client.query(
      `INSERT INTO ${events} (global_position, event_id, stream, stream_revision, recorded_at, event, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[])`,
      [
        sealed.map((event) => event.globalPosition),
        sealed.map((event) => event.eventId),
        sealed.map((event) => event.stream),
        sealed.map((event) => event.streamRevision),
        sealed.map((event) => event.recordedAt),
        sealed.map((event) => JSON.stringify(EventChain.sealedForm(event))),
        sealed.map((event) => event.hash)
      ]
    )
  }

  // Answered on the transaction's own client, after the advisory lock is taken, so the heads they
  // read cannot move before the batch commits.
  const primitivesOn = (client: pg.PoolClient): AppendAlgorithm.AppendPrimitives<"async"> => ({
    streamHead: async (stream) => {
      const row = (
        await client.query<{ stream_revision: number; global_position: string }>(
          `SELECT stream_revision, global_position FROM ${events} WHERE stream = $1 ORDER BY stream_revision DESC LIMIT 1`,
          [stream]
        )
      ).rows[0]
      return row === undefined
        ? { revision: undefined, lastGlobalPosition: 0 }
        : { revision: row.stream_revision, lastGlobalPosition: Number(row.global_position) }
    },
    storedEvents: async (eventIds) => {
      const rows = (await client.query<{ event: string }>(`SELECT event FROM ${events} WHERE event_id = ANY($1::text[])`, [eventIds])).rows
      return new Map(rows.map((row) => JSON.parse(row.event) as RecordedEvent).map((event) => [event.eventId, event]))
    },
    chainHead: async () => {
      const row = (
        await client.query<{ global_position: string; hash: string }>(
          `SELECT global_position, hash FROM ${events} ORDER BY global_position DESC LIMIT 1`
        )
      ).rows[0]
      return row === undefined ? { globalPosition: 0, hash: null } : { globalPosition: Number(row.global_position), hash: row.hash }
    },
    writeBatch: (sealed) => insert(client, sealed)
  })

  const appendToStream: PostgresEventStore["appendToStream"] = async (stream, newEvents, options) => {
    ensureOpen()
    const prepared = AppendAlgorithm.prepare(stream, newEvents, options.expectedRevision)
    return inLockedTransaction((client) => AppendAlgorithm.run(primitivesOn(client), prepared))
  }

  type Row = { readonly global_position: string; readonly stream_revision: number; readonly event: string }
  const byPosition = (row: Row): number => Number(row.global_position) + 1
  const byRevision = (row: Row): number => row.stream_revision + 1

  // Keyset pagination: each query starts after the last row of the one before, so no cursor or
  // transaction stays open while the caller works through a page. The next page is asked for
  // before this one is handed over, so the server works while the caller parses and folds.
  const pages = async function* (
    sql: string,
    parameters: (from: number) => ReadonlyArray<unknown>,
    from: number,
    nextFrom: (row: Row) => number
  ): AsyncIterable<ReadonlyArray<Row>> {
    const query = (next: number): Promise<ReadonlyArray<Row>> => {
      ensureOpen()
      return pool.query<Row>(sql, [...parameters(next)]).then((result) => result.rows)
    }
    let pending: Promise<ReadonlyArray<Row>> | undefined = query(from)
    try {
      while (pending !== undefined) {
        const rows: ReadonlyArray<Row> = await pending
        pending = rows.length < PAGE_SIZE ? undefined : query(nextFrom(rows[rows.length - 1] as Row))
        if (rows.length > 0) yield rows
      }
    } finally {
      // A reader that stops early leaves the prefetched page to settle, not to fail unobserved.
      await pending?.catch(() => undefined)
    }
  }

  // The global order, optionally only the events recorded up to an instant.
  const globalPages = (options: ReadAllOptions): AsyncIterable<ReadonlyArray<Row>> => {
    const upTo = options.recordedUpTo
    const sql =
      upTo === undefined
        ? `SELECT global_position, stream_revision, event FROM ${events} WHERE global_position >= $1 ORDER BY global_position LIMIT ${PAGE_SIZE}`
        : `SELECT global_position, stream_revision, event FROM ${events} WHERE global_position >= $1 AND recorded_at <= $2 ORDER BY global_position LIMIT ${PAGE_SIZE}`
    return pages(sql, (from) => (upTo === undefined ? [from] : [from, upTo]), options.fromPosition ?? 1, byPosition)
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const rows of globalPages(options)) {
      for (const row of rows) yield JSON.parse(row.event) as RecordedEvent
    }
  }

  async function* readAllForReplay(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent>> {
    for await (const rows of globalPages(options)) yield rows.map((row) => JSON.parse(row.event) as RecordedEvent)
  }

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const to = options.toRevision ?? 2_147_483_647
    const sql = `SELECT global_position, stream_revision, event FROM ${events} WHERE stream = $2 AND stream_revision >= $1 AND stream_revision <= $3 ORDER BY stream_revision LIMIT ${PAGE_SIZE}`
    for await (const rows of pages(sql, (from) => [from, stream, to], options.fromRevision ?? 0, byRevision)) {
      for (const row of rows) yield JSON.parse(row.event) as RecordedEvent
    }
  }

  // For verify: every column of every row, in global order. A row whose event no longer parses is
  // handed on as text, so it is reported as undecodable.
  async function* storedRecords(): AsyncIterable<StoredRecord.StoredRecord> {
    const sql = `SELECT ${STORED_COLUMNS.join(", ")} FROM ${events} WHERE global_position >= $1 ORDER BY global_position LIMIT ${PAGE_SIZE}`
    for await (const rows of pages(sql, (from) => [from], 1, byPosition)) {
      for (const row of rows as ReadonlyArray<StoredRow>) {
        yield { record: parsedOrText(row.event), differenceFrom: (event) => storedRowDifference(row, event) }
      }
    }
  }

  const store: PostgresEventStore = {
    schema,
    pool,
    head: async () => {
      const row = (
        await pool.query<{ global_position: string; hash: string }>(
          `SELECT global_position, hash FROM ${events} ORDER BY global_position DESC LIMIT 1`
        )
      ).rows[0]
      return row === undefined ? { globalPosition: 0, hash: null } : { globalPosition: Number(row.global_position), hash: row.hash }
    },
    appendToStream,
    readAll,
    readAllForReplay,
    readStream,
    verify: async (options = {}) => {
      ensureOpen()
      return ChainVerifier.verifyStore(storeName, storedRecords(), options.onProgress)
    },
    close: async () => {
      if (closed) return
      closed = true
      await pool.end()
    },
    importSealed: async (sealedEvents) => {
      ensureOpen()
      // One transaction, under the ledger's lock, for the whole import: a copy that fails midway
      // rolls back and leaves the schema empty.
      return inLockedTransaction((client) =>
        SealedImport.importChecked(storeName, sealedEvents, {
          holdsEvents: async () => (await client.query(`SELECT 1 FROM ${events} LIMIT 1`)).rows.length > 0,
          writeBatch: (batch) => insert(client, batch)
        })
      )
    }
  }
  return store
}

/**
 * The PostgreSQL store as an Effect layer.
 *
 * @category layers
 * @since 0.1.0
 */
export const layerPostgres = (url: string) => EventStoreService.layerFrom(() => openPostgresEventStore(url), "postgres")
