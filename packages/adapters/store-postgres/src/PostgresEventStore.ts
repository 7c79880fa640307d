import {
  AppendAlgorithm,
  ChainVerifier,
  EventChain,
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
import pg from "pg"
import { lockKey, migrate, notifyChannel, requireReadableLevel } from "./Migrations.js"
import { parsePostgresUrl } from "./PostgresLocation.js"
import { parsedOrText, STORED_COLUMNS, type StoredRow, storedRowDifference } from "./StoredRow.js"
import { writeFailureOf } from "./WriteFailure.js"

const PAGE_SIZE = ReplayPages.REPLAY_PAGE_SIZE

// How long a subscriber waits for a notification before it looks anyway.
const LISTEN_FALLBACK_MILLISECONDS = 2000

/**
 * A PostgreSQL-backed `EventStore`, with its pool and schema for tests and tools.
 *
 * @category models
 * @since 0.1.0
 */
export interface PostgresEventStore<
  New extends NewEvent = NewEvent,
  Recorded extends RecordedEvent = RecordedEvent
> extends SealedImport.SealedImportTarget<New, Recorded> {
  readonly schema: string
  readonly pool: pg.Pool
  /** The schema's `snapshots` table. */
  readonly snapshots: SnapshotStore
}

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))
const isTagged = (value: unknown): boolean => typeof value === "object" && value !== null && "_tag" in value

/**
 * Opens the ledger of the events `options.events` decodes in a PostgreSQL database
 * (`postgres://user@host:5432/db`, optionally `?schema=name`), creating and migrating its schema if needed. With `access: "read"` the schema
 * must already hold a ledger at this code's migration level (`requireReadableLevel`): nothing is
 * created or migrated, every session is read-only on the server, and appends are refused.
 *
 * Appenders take a transaction-level advisory lock before reading the last position and hash, and
 * give each event `global_position = last + 1` inside the transaction; the lock is released only
 * at commit. So positions are assigned in commit order: a reader following the global order can
 * never see position N+1 before position N is committed, and never skips an event a slower writer
 * commits late.
 *
 * @example
 * import { openPostgresEventStore } from "@plan-ledger/store-postgres"
 * import { LedgerEvents } from "@plan-ledger/core/store"
 * const store = await openPostgresEventStore("postgres://ledger@db.example:5432/plans", { events: LedgerEvents })
 *
 * @category constructors
 * @since 0.1.0
 */
export const openPostgresEventStore = async <New extends NewEvent, Recorded extends RecordedEvent>(
  url: string,
  options: { readonly events: EventSchema.EventSchema<New, Recorded>; readonly access?: "read" | "write" }
): Promise<PostgresEventStore<New, Recorded>> => {
  const { events: eventSchema } = options
  const { connectionString, schema } = parsePostgresUrl(url)
  const storeName = url.replace(/:\/\/[^@/]*@/, "://…@")
  const readOnly = options.access === "read"
  // A reader's sessions are read-only on the server as well, so nothing it runs can write.
  const pool = new pg.Pool({ connectionString, max: 4, ...(readOnly ? { options: "-c default_transaction_read_only=on" } : {}) })
  pool.on("error", () => undefined)
  try {
    const client = await pool.connect()
    try {
      await (readOnly ? requireReadableLevel(client, schema, storeName) : migrate(client, schema))
    } finally {
      client.release()
    }
  } catch (cause) {
    await pool.end()
    if (isTagged(cause)) throw cause
    throw new StoreUnavailable({
      store: storeName,
      detail: `cannot open the PostgreSQL ledger (${describe(cause)}); check the server is running and the URL, user and database are right`
    })
  }
  const events = `${schema}.events`
  const snapshots = `${schema}.snapshots`
  // A snapshots table dropped or changed behind the store's back is named with the fix, never
  // passed on as the server's own error: views fold the whole log without it.
  const snapshotQuery = async <Result>(doing: string, query: () => Promise<Result>): Promise<Result> => {
    try {
      return await query()
    } catch (cause) {
      throw new StoreUnavailable({
        store: storeName,
        detail: `cannot ${doing} the snapshots table ${snapshots} (${describe(cause)}): views fold the whole log without it; restore the schema from a backup, or copy the ledger into a new schema with plan-ledger copy and rebuild there`
      })
    }
  }
  const key = lockKey(schema)
  let closed = false
  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: storeName, detail: "the store was closed; open it again" })
  }
  const refuseWriting = async (): Promise<never> => {
    throw new StoreUnavailable({ store: storeName, detail: "the ledger was opened for reading only; open it for writing to append" })
  }

  // Runs `work` in one transaction holding the ledger's advisory lock.
  const inLockedTransaction = async <Result>(work: (client: pg.PoolClient) => Promise<Result>): Promise<Result> => {
    const client = await pool.connect().catch((cause: unknown) => {
      throw new StoreUnavailable({ store: storeName, detail: `the server did not answer (${describe(cause)})` })
    })
    let committing = false
    // A connection lost while the client is checked out is reported by the query that fails; the
    // client's own error event must not also end the process. A failed client is not reused.
    const ignoreLostConnection = (): void => undefined
    client.on("error", ignoreLostConnection)
    let failed = false
    try {
      await client.query("BEGIN")
      await client.query("SELECT pg_advisory_xact_lock($1)", [key])
      const result = await work(client)
      committing = true
      await client.query("COMMIT")
      return result
    } catch (cause) {
      await client.query("ROLLBACK").catch(() => (failed = true))
      if (isTagged(cause)) throw cause
      failed = true
      throw writeFailureOf(storeName, cause, committing)
    } finally {
      client.off("error", ignoreLostConnection)
      client.release(failed)
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

  // One statement per append (`append_sealed`, created by a migration): under the ledger's lock it
  // reports the batch's stored ids and both heads, and inserts the batch only if it was sealed
  // against exactly those heads. The chain's head is presumed from this store's last append, so a
  // lone writer pays one round trip; after another writer's append the statement reports the new
  // heads and the batch is sealed again and resent.
  type Written = {
    readonly written: boolean
    readonly stream_revision: number
    readonly stream_position: string
    readonly chain_position: string
    readonly chain_hash: string | null
    readonly stored: ReadonlyArray<string> | null
  }
  const writeIfAt: AppendAlgorithm.WriteIfAt = async (stream, presumed, sealed) => {
    const found = (
      await pool
        .query<Written>({
          // Named, so each connection parses and plans the statement once, not on every append.
          name: `plan_ledger_append_sealed_${schema}`,
          text: `SELECT * FROM ${schema}.append_sealed($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          values: [
            stream,
            presumed.streamRevision ?? -1,
            presumed.chain.globalPosition,
            presumed.chain.hash,
            sealed.map((event) => event.globalPosition),
            sealed.map((event) => event.eventId),
            sealed.map((event) => event.streamRevision),
            sealed.map((event) => event.recordedAt),
            // Freshly sealed events are in the sealed form already.
            sealed.map((event) => JSON.stringify(event)),
            sealed.map((event) => event.hash)
          ]
        })
        // The statement is its own transaction: its answer is the commit's, and no answer leaves
        // the outcome unknown.
        .catch((cause: unknown) => {
          throw writeFailureOf(storeName, cause, true)
        })
    ).rows[0] as Written
    const storedEvents = (found.stored ?? []).map((text) => JSON.parse(text) as RecordedEvent)
    return {
      written: found.written,
      stored: new Map(storedEvents.map((event) => [event.eventId, event])),
      stream: {
        revision: found.stream_revision < 0 ? undefined : found.stream_revision,
        lastGlobalPosition: Number(found.stream_position)
      },
      chain: { globalPosition: Number(found.chain_position), hash: found.chain_hash }
    }
  }
  let presumedChain: AppendAlgorithm.ChainHead = { globalPosition: 0, hash: null }

  const appendToStream: PostgresEventStore<New, Recorded>["appendToStream"] = async (stream, newEvents, options) => {
    ensureOpen()
    const prepared = AppendAlgorithm.prepare(eventSchema, stream, newEvents, options.expectedRevision)
    const { result, chain } = await AppendAlgorithm.runPresumed(writeIfAt, prepared, presumedChain)
    if (chain.globalPosition > presumedChain.globalPosition) presumedChain = chain
    return result
  }

  type Row = { readonly global_position: string; readonly stream_revision: number; readonly event: string }
  const byPosition = (row: Row): number => Number(row.global_position) + 1

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

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    for await (const rows of globalPages(options)) {
      for (const row of rows) yield JSON.parse(row.event) as Recorded
    }
  }

  async function* readAllForReplay(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> {
    for await (const rows of globalPages(options)) yield rows.map((row) => JSON.parse(row.event) as Recorded)
  }

  // A stream's revisions are consecutive, so a page of it is a range of revisions: the server reads
  // that range and no more whatever its statistics say. (A LIMIT over an open range, planned on the
  // statistics of a table just loaded, sorted every later row of the stream for every page.) A page
  // shorter than its range ends the stream, unless a later revision lies past a gap — which only
  // damage leaves, for verify to report — and then reading goes on from it.
  const streamPage = `SELECT global_position, stream_revision, event FROM ${events} WHERE stream = $2 AND stream_revision >= $1 AND stream_revision <= LEAST($3, $1 + ${PAGE_SIZE - 1}) ORDER BY stream_revision`
  const revisionAfterGap = `SELECT min(stream_revision) AS next FROM ${events} WHERE stream = $2 AND stream_revision >= $1 AND stream_revision <= $3`

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    const to = options.toRevision ?? 2_147_483_647
    const page = (from: number): Promise<ReadonlyArray<Row>> => {
      ensureOpen()
      return pool.query<Row>(streamPage, [from, stream, to]).then((result) => result.rows)
    }
    const nextAfterGap = async (from: number): Promise<number | undefined> => {
      const { rows } = await pool.query<{ next: number | null }>(revisionAfterGap, [from, stream, to])
      return rows[0]?.next ?? undefined
    }
    let from = options.fromRevision ?? 0
    // The next page is asked for before this one is handed over, so the server works while the caller folds.
    let pending: Promise<ReadonlyArray<Row>> | undefined = from <= to ? page(from) : undefined
    try {
      while (pending !== undefined) {
        const rows = await pending
        const end = Math.min(to, from + PAGE_SIZE - 1)
        const lastRead = rows.at(-1)?.stream_revision ?? from - 1
        const resumeAt = rows.length === end - from + 1 ? end + 1 : await nextAfterGap(lastRead + 1)
        from = resumeAt ?? to + 1
        pending = from <= to ? page(from) : undefined
        for (const row of rows) yield JSON.parse(row.event) as Recorded
      }
    } finally {
      // A reader that stops early leaves the prefetched page to settle, not to fail unobserved.
      await pending?.catch(() => undefined)
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

  // A subscriber listens on a connection of its own; every committed append notifies it, and it
  // also looks every few seconds in case a notification was lost with a dropped connection.
  const subscribe: PostgresEventStore<New, Recorded>["subscribe"] = async (options) => {
    ensureOpen()
    const listener = await pool.connect().catch((cause: unknown) => {
      throw new StoreUnavailable({ store: storeName, detail: `the server did not answer (${describe(cause)})` })
    })
    let notified = false
    let wake = (): void => undefined
    listener.on("notification", () => {
      notified = true
      wake()
    })
    const waitForEvents: Subscription.WaitForEvents = async (_after, signal) => {
      if (!notified) {
        const controller = new AbortController()
        const stop = (): void => controller.abort()
        wake = stop
        signal.addEventListener("abort", stop)
        await Subscription.pause(LISTEN_FALLBACK_MILLISECONDS, controller.signal)
        signal.removeEventListener("abort", stop)
      }
      notified = false
    }
    try {
      await listener.query(`LISTEN ${notifyChannel(schema)}`)
      await Subscription.follow(readAll, waitForEvents, options)
    } finally {
      await listener.query(`UNLISTEN ${notifyChannel(schema)}`).catch(() => undefined)
      listener.release()
    }
  }

  const store: PostgresEventStore<New, Recorded> = {
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
    appendToStream: readOnly ? refuseWriting : appendToStream,
    readAll,
    readAllForReplay,
    readStream,
    streamNames: async (prefix) => {
      ensureOpen()
      const rows = await pool.query<{ stream: string }>(
        `SELECT stream FROM (SELECT DISTINCT stream FROM ${events} WHERE starts_with(stream, $1)) AS names ORDER BY stream COLLATE "C"`,
        [prefix]
      )
      return rows.rows.map((row) => row.stream)
    },
    snapshots: {
      read: async () => {
        ensureOpen()
        const row = (
          await snapshotQuery("read", () =>
            pool.query<{ global_position: string; hash: string; projection_version: number; state: string }>(
              `SELECT global_position, hash, projection_version, state FROM ${snapshots} LIMIT 1`
            )
          )
        ).rows[0]
        return row === undefined
          ? undefined
          : { globalPosition: Number(row.global_position), hash: row.hash, projectionVersion: row.projection_version, state: row.state }
      },
      write: async (snapshot) => {
        ensureOpen()
        // One statement, so the old snapshot is replaced atomically.
        await snapshotQuery("write", () =>
          pool.query(
            `WITH replaced AS (DELETE FROM ${snapshots}) INSERT INTO ${snapshots} (global_position, hash, projection_version, state) VALUES ($1, $2, $3, $4)`,
            [snapshot.globalPosition, snapshot.hash, snapshot.projectionVersion, snapshot.state]
          )
        )
      },
      clear: async () => {
        ensureOpen()
        await snapshotQuery("clear", () => pool.query(`DELETE FROM ${snapshots}`))
      }
    },
    subscribe,
    verify: async (options = {}) => {
      ensureOpen()
      return ChainVerifier.verifyStore(eventSchema, storeName, storedRecords(), options.onProgress)
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
        SealedImport.importChecked(eventSchema, storeName, sealedEvents, {
          holdsEvents: async () => (await client.query(`SELECT 1 FROM ${events} LIMIT 1`)).rows.length > 0,
          writeBatch: (batch) => insert(client, batch)
        })
      )
    }
  }
  return store
}
