// The SQL floor, measured beside the two stores on batch appends: the rows plan-ledger's store
// writes for the workload, written by the bare driver with the same durability and nothing else —
// no validation, no sealing, no revision check, no Merkle tree — so the comparison can say what
// the storage work alone costs, and how far above Emmett that already is.
//
// The rows are plan-ledger's own, not a likeness: the workload is first appended, untimed, to a
// plan-ledger store of its own, and its events table read back as stored (every column, the exact
// text). They are then written into a second, empty ledger whose schema plan-ledger's store
// created (the same table and indexes), in the same batches, one transaction each. Only the events
// table: the Merkle tree's nodes are plan-ledger's work on top of the rows, not the floor.
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite"
import type { EventStore } from "@plan-ledger/core"
import { LedgerEvents } from "@plan-ledger/core/store"
import { openPostgresEventStore, parsePostgresUrl } from "@plan-ledger/store-postgres"
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
import pg from "pg"
import { appendAtStreamRevisions } from "@plan-ledger/bench/at-stream-revisions"
import type { Batch } from "@plan-ledger/bench/workload"
import { freshDatabase, freshSqliteFile } from "./FreshStorage.js"

/** The floor, ready to run: every statement prepared and every parameter built. */
export interface Floor {
  /** Writes every batch's rows, one transaction each: the only part that is timed. */
  readonly write: () => Promise<void>
  readonly close: () => Promise<void>
}

// Appends the workload as the plan-ledger contender does, each batch at its stream's revision.
const appendAll = async (store: EventStore, batches: ReadonlyArray<Batch>): Promise<void> => {
  const append = appendAtStreamRevisions(store)
  for (const batch of batches) await append(batch.stream, batch.events)
}

// Each batch's rows: an append writes its events at consecutive global positions, so the rows in
// global order fall into the batches in the order they were appended.
const byBatch = <Row>(rows: ReadonlyArray<Row>, batches: ReadonlyArray<Batch>): ReadonlyArray<ReadonlyArray<Row>> => {
  let start = 0
  return batches.map((batch) => rows.slice(start, (start += batch.events.length)))
}

// The events table as stored: its columns' names, and its rows in global order, each in column order.
const storedSqliteRows = (
  file: string
): { readonly names: ReadonlyArray<string>; readonly rows: ReadonlyArray<ReadonlyArray<SQLInputValue>> } => {
  const database = new DatabaseSync(file, { readOnly: true })
  try {
    const select = database.prepare("SELECT * FROM events ORDER BY global_position")
    select.setReturnArrays(true)
    return {
      names: select.columns().map(({ name }) => name),
      rows: select.all() as unknown as ReadonlyArray<ReadonlyArray<SQLInputValue>>
    }
  } finally {
    database.close()
  }
}

/**
 * SQLite: each batch is `BEGIN IMMEDIATE`, one prepared multi-row `INSERT`, `COMMIT`, through
 * `node:sqlite` on one connection in WAL mode with synchronous=FULL, as plan-ledger's store writes.
 */
export const sqliteFloor = async (directory: string, run: string, batches: ReadonlyArray<Batch>): Promise<Floor> => {
  const source = freshSqliteFile(directory, `compare_sql_floor_source_${run}`)
  const sourceStore = await openSqliteEventStore(source.location, { events: LedgerEvents })
  await appendAll(sourceStore, batches)
  await sourceStore.close()
  const { names, rows } = storedSqliteRows(source.location)
  await source.remove()

  const target = freshSqliteFile(directory, `compare_sql_floor_${run}`)
  await (await openSqliteEventStore(target.location, { events: LedgerEvents })).close()
  const database = new DatabaseSync(target.location)
  database.exec("PRAGMA journal_mode = WAL")
  database.exec("PRAGMA synchronous = FULL")
  const begin = database.prepare("BEGIN IMMEDIATE")
  const commit = database.prepare("COMMIT")
  const row = `(${names.map(() => "?").join(", ")})`
  const inserts = new Map<number, StatementSync>()
  const insertOf = (count: number): StatementSync => {
    const statement =
      inserts.get(count) ?? database.prepare(`INSERT INTO events (${names.join(", ")}) VALUES ${Array(count).fill(row).join(", ")}`)
    inserts.set(count, statement)
    return statement
  }
  const writes = byBatch(rows, batches).map((batchRows) => ({ insert: insertOf(batchRows.length), values: batchRows.flat() }))
  return {
    write: async () => {
      for (const { insert, values } of writes) {
        begin.run()
        insert.run(...values)
        commit.run()
      }
    },
    close: async () => {
      database.close()
      await target.remove()
    }
  }
}

// The events table as stored: its columns' names and SQL types, and its rows in global order, each in column order.
const storedPostgresRows = async (
  url: string
): Promise<{
  readonly columns: ReadonlyArray<{ readonly name: string; readonly type: string }>
  readonly rows: ReadonlyArray<ReadonlyArray<unknown>>
}> => {
  const { connectionString, schema } = parsePostgresUrl(url)
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const { rows: columns } = await client.query<{ name: string; type: string }>(
      "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'events' ORDER BY ordinal_position",
      [schema]
    )
    // pg hands BIGINT back as its decimal text, which a bigint[] parameter takes as it is.
    const { rows } = await client.query<Array<unknown>>({
      text: `SELECT ${columns.map(({ name }) => name).join(", ")} FROM ${schema}.events ORDER BY global_position`,
      rowMode: "array"
    })
    return { columns, rows }
  } finally {
    await client.end()
  }
}

/**
 * PostgreSQL: each batch is one autocommitted named statement, `INSERT … SELECT … FROM unnest(…)`
 * with one array a column, through a bare `pg.Client` — what plan-ledger's `append_sealed` inserts,
 * without the lock, the checks, the tree and the notification around it.
 */
export const postgresFloor = async (server: string, run: string, batches: ReadonlyArray<Batch>): Promise<Floor> => {
  const source = await freshDatabase(server, `compare_sql_floor_source_${run}`)
  const sourceStore = await openPostgresEventStore(source.location, { events: LedgerEvents })
  await appendAll(sourceStore, batches)
  await sourceStore.close()
  const { columns, rows } = await storedPostgresRows(source.location)
  await source.remove()

  const target = await freshDatabase(server, `compare_sql_floor_${run}`)
  await (await openPostgresEventStore(target.location, { events: LedgerEvents })).close()
  const { connectionString, schema } = parsePostgresUrl(target.location)
  const client = new pg.Client({ connectionString })
  await client.connect()
  // The untimed append above left the server dirty buffers and WAL to write: written now, so the
  // floor's clock starts on a server as settled as the others' (the comparison runs as a superuser).
  await client.query("CHECKPOINT")
  const text = `INSERT INTO ${schema}.events (${columns.map(({ name }) => name).join(", ")}) SELECT * FROM unnest(${columns
    .map(({ type }, index) => `$${index + 1}::${type}[]`)
    .join(", ")})`
  const parameters = byBatch(rows, batches).map((batchRows) => columns.map((_, column) => batchRows.map((row) => row[column])))
  return {
    write: async () => {
      for (const values of parameters) await client.query({ name: "sql-floor-insert", text, values })
    },
    close: async () => {
      await client.end()
      await target.remove()
    }
  }
}
