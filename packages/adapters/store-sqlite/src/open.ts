import { mkdirSync } from "node:fs"
import { dirname } from "node:path"
import { type CompactRange, type EventSchema, type NewEvent, type RecordedEvent, StoreUnavailable } from "@plan-ledger/eventstore"
import { chooseDriver, loadDriver } from "./DriverChoice.js"
import { EVENT_COLUMN_NAMES } from "./EventRow.js"
import { merkleTablesDamage, migrate, missingEventColumns } from "./Migrations.js"
import { openReadOnlyDatabase } from "./ReadOnlyDatabase.js"
import type { SqliteConnection, SqliteDriver, SqliteDriverName } from "./SqliteConnection.js"

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
 * An opened SQLite ledger, as every operation of the store works on it: the connection, the
 * events' schema, the store's name in messages, whether it is closed or an import holds its
 * transaction open, and the right edge of the Merkle tree its last write left.
 *
 * @category models
 * @since 0.5.0
 */
export interface SqliteLedger<New extends NewEvent, Recorded extends RecordedEvent> {
  readonly path: string
  readonly storeName: string
  readonly schema: EventSchema.EventSchema<New, Recorded>
  readonly readOnly: boolean
  readonly database: SqliteConnection
  closed: boolean
  /** An `importSealed` holds the connection's transaction open across its `await`s. */
  importing: boolean
  /**
   * The compact range of the tree this connection's last write left — trusted by the next write
   * only when its size is the log's (another process may have written since), and forgotten when
   * a write fails.
   */
  tree: CompactRange.CompactRange | undefined
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
    // What a delete frees is overwritten with zeros, so an erased personal value leaves no copy in a free page.
    database.pragma("secure_delete = ON")
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
 * Opens the ledger at `path` with the driver chosen (creating, with its directory, and migrating it
 * to write; `openReadOnlyDatabase` to read), and refuses one whose events table lost columns or
 * whose Merkle tree table is gone.
 *
 * @category constructors
 * @since 0.5.0
 */
export const open = async <New extends NewEvent, Recorded extends RecordedEvent>(
  path: string,
  options: SqliteOpenOptions<New, Recorded>
): Promise<SqliteLedger<New, Recorded>> => {
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
  const treeDamage = merkleTablesDamage(database)
  if (treeDamage !== undefined) {
    database.close()
    throw new StoreUnavailable({
      store: storeName,
      detail: `${treeDamage}: the ledger was damaged outside plan-ledger; restore it from a backup or a copy`
    })
  }
  return { path, storeName, schema: options.events, readOnly, database, closed: false, importing: false, tree: undefined }
}
