import { type Event, STREAM_DOES_NOT_EXIST } from "@event-driven-io/emmett"
import { getPostgreSQLEventStore } from "@event-driven-io/emmett-postgresql"
import { getSQLiteEventStore, sqliteConnection } from "@event-driven-io/emmett-sqlite"
import { type EventStore, LedgerState, type NewEvent } from "@plan-ledger/core"
import { type FoldableEvent, LedgerEvents } from "@plan-ledger/core/store"
import { sampleEvent } from "@plan-ledger/core/testkit"
import { openPostgresEventStore } from "@plan-ledger/store-postgres"
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
import { appendAtStreamRevisions } from "@plan-ledger/bench/at-stream-revisions"
import { DEFAULT_SHAPE, generate } from "@plan-ledger/bench/workload"
import { freshDatabase, freshSqliteFile } from "./FreshStorage.js"
import { postgresFloor, sqliteFloor } from "./SqlFloor.js"

/** The two event stores compared. */
const STORES = ["plan-ledger", "emmett"] as const
type Store = (typeof STORES)[number]

/** What is measured: the two stores, and beside them on batch appends the SQL floor (SqlFloor.ts). */
export const CONTENDERS = [...STORES, "sql-floor"] as const
export type Contender = (typeof CONTENDERS)[number]

/** The databases they run on. */
export const COMPARED_BACKENDS = ["sqlite", "postgres"] as const
export type Backend = (typeof COMPARED_BACKENDS)[number]

/**
 * `batch`: the generated ledger appended in batches of 100, each at its stream's exact revision;
 * `single`: single-event appends to one stream, each with its expected revision;
 * `read`: one stream of the given length (appended first, not timed) read whole and folded.
 */
export const WORKLOADS = ["batch", "single", "read"] as const
export type Workload = (typeof WORKLOADS)[number]

/** Who runs a workload: the SQL floor has rows to write for batch appends only. */
export const contendersOf = (workload: Workload): ReadonlyArray<Contender> => (workload === "batch" ? CONTENDERS : STORES)

/** What one measurement found. */
export interface Figures {
  readonly eventsPerSecond?: number
  readonly medianMs?: number
  readonly p99Ms?: number
}

export interface Settings {
  readonly events: number
  readonly singles: number
  readonly postgres: string | undefined
  readonly directory: string
}

/** The one thing both stores are asked to do: append at an expected revision, and read one stream. */
interface Appender {
  /** Appends to a stream at the revision the last append returned (a new stream when none). */
  readonly append: (stream: string, events: ReadonlyArray<NewEvent>) => Promise<void>
  /** Reads a whole stream and folds it into ledger state; returns how many events it folded. */
  readonly readAndFold: (stream: string) => Promise<number>
  readonly close: () => Promise<void>
}

type EmmettEvent = Event<string, Record<string, unknown>>
const asEmmettEvent = (event: NewEvent): EmmettEvent => ({ type: event.type, data: event as unknown as Record<string, unknown> })

const planLedger = (store: EventStore, close: () => Promise<void>): Appender => {
  return {
    append: appendAtStreamRevisions(store),
    readAndFold: async (stream) => {
      let folded = 0
      const counted = async function* (): AsyncIterable<FoldableEvent> {
        for await (const event of store.readStream(stream)) {
          folded++
          yield event
        }
      }
      await LedgerState.replay(counted())
      return folded
    },
    close
  }
}

type EmmettStore = ReturnType<typeof getSQLiteEventStore> | ReturnType<typeof getPostgreSQLEventStore>

const emmett = (store: EmmettStore, close: () => Promise<void>): Appender => {
  const versions = new Map<string, bigint>()
  return {
    append: async (stream, events) => {
      const expected = versions.get(stream)
      const result = await store.appendToStream(stream, events.map(asEmmettEvent), {
        expectedStreamVersion: expected ?? STREAM_DOES_NOT_EXIST
      })
      versions.set(stream, result.nextExpectedStreamVersion)
    },
    readAndFold: async (stream) => {
      const { events } = await store.readStream<EmmettEvent>(stream)
      await LedgerState.replay(events.map((event) => event.data as unknown as FoldableEvent))
      return events.length
    },
    close
  }
}

const serverOf = (settings: Settings): string => {
  if (settings.postgres === undefined) throw new Error("name a PostgreSQL server with --postgres")
  return settings.postgres
}

// Opens a store with its schema already created, so no timer includes it: plan-ledger's store
// migrates when it opens, and Emmett's `schema.migrate()` does what its first call would otherwise
// do. plan-ledger's event store is opened as its store package opens it, the event store Emmett's
// is compared with: without the personal-data layer `openStore` puts over it (commitments and a
// vault, which Emmett has no counterpart of; docs/performance.md measures that layer apart).
const open = async (contender: Store, backend: Backend, run: string, settings: Settings): Promise<Appender> => {
  const name = `compare_${contender.replace("-", "_")}_${run}`
  if (backend === "sqlite") {
    const { location: file, remove } = freshSqliteFile(settings.directory, name)
    if (contender === "plan-ledger") {
      // plan-ledger's SQLite store always opens in WAL mode with synchronous=FULL.
      const store = await openSqliteEventStore(file, { events: LedgerEvents })
      return planLedger(store, async () => {
        await store.close()
        await remove()
      })
    }
    // Emmett 0.42 opens a connection per call unless handed one: it gets one connection, set to
    // the same durability (it sets WAL itself).
    const connection = sqliteConnection({ fileName: file })
    await connection.command("PRAGMA synchronous = FULL")
    const store = getSQLiteEventStore({ fileName: file, connectionOptions: { singleton: true, connection } })
    await store.schema.migrate()
    return emmett(store, async () => {
      connection.close()
      await remove()
    })
  }
  const database = await freshDatabase(serverOf(settings), name)
  if (contender === "plan-ledger") {
    const store = await openPostgresEventStore(database.location, { events: LedgerEvents })
    return planLedger(store, async () => {
      await store.close()
      await database.remove()
    })
  }
  const store = getPostgreSQLEventStore(database.location)
  await store.schema.migrate()
  return emmett(store, async () => {
    await store.close()
    await database.remove()
  })
}

const percentile = (sorted: ReadonlyArray<number>, fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN

const seconds = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e9

// The SQL floor's batch appends: its rows are built before the timer starts, so only the driver's
// writes are timed.
const measureFloor = async (backend: Backend, workload: Workload, run: string, settings: Settings): Promise<Figures> => {
  if (workload !== "batch") throw new Error("the SQL floor is measured on batch appends only")
  const batches = [...generate(settings.events, 100)]
  const floor =
    backend === "sqlite" ? await sqliteFloor(settings.directory, run, batches) : await postgresFloor(serverOf(settings), run, batches)
  try {
    const started = process.hrtime.bigint()
    await floor.write()
    return { eventsPerSecond: Math.round(settings.events / seconds(started)) }
  } finally {
    await floor.close()
  }
}

/** Runs one workload on one store and backend, in this process, on a fresh database. */
export const measure = async (
  contender: Contender,
  backend: Backend,
  workload: Workload,
  run: string,
  settings: Settings
): Promise<Figures> => {
  if (contender === "sql-floor") return measureFloor(backend, workload, run, settings)
  const appender = await open(contender, backend, run, settings)
  try {
    if (workload === "batch") {
      const batches = [...generate(settings.events, 100)]
      const started = process.hrtime.bigint()
      for (const batch of batches) await appender.append(batch.stream, batch.events)
      return { eventsPerSecond: Math.round(settings.events / seconds(started)) }
    }
    if (workload === "single") {
      const events = Array.from({ length: settings.singles }, () => sampleEvent())
      const timings: Array<number> = []
      for (const event of events) {
        const started = process.hrtime.bigint()
        await appender.append("plan-latency", [event])
        timings.push(seconds(started) * 1000)
      }
      timings.sort((left, right) => left - right)
      return { medianMs: percentile(timings, 0.5), p99Ms: percentile(timings, 0.99) }
    }
    const oneStream = { ...DEFAULT_SHAPE, partnerships: 1, years: ["2009/10"] }
    let stream = ""
    for (const batch of generate(settings.events, 1000, oneStream)) {
      stream = batch.stream
      await appender.append(batch.stream, batch.events)
    }
    const started = process.hrtime.bigint()
    const folded = await appender.readAndFold(stream)
    return { eventsPerSecond: Math.round(folded / seconds(started)) }
  } finally {
    await appender.close()
  }
}
