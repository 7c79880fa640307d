import { existsSync, readFileSync, statSync } from "node:fs"
import { MigrationLevel, StoreUnavailable } from "@plan-ledger/eventstore"
import { MIGRATIONS, schemaDifference } from "./Migrations.js"
import type { SqliteConnection, SqliteDriver } from "./SqliteConnection.js"
import { sqliteErrorCode } from "./WriteFailure.js"

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

// Bytes 18 and 19 of the header are the file format's write and read versions: 2 for WAL, 1 for a
// rollback journal.
const HEADER_FORMAT_VERSIONS = [18, 19] as const

// A WAL database is read through its shared-memory file `<path>-shm`, which SQLite creates if it
// is missing — impossible in a directory nobody may write to. There, when no write-ahead log holds
// changes beyond the main file, the main file alone is the whole ledger: it is read into memory
// and opened as a rollback-journal image, so nothing on disk is touched.
const openImage = (driver: SqliteDriver, path: string, store: string): SqliteConnection => {
  const log = `${path}-wal`
  if (existsSync(log) && statSync(log).size > 0) {
    throw new StoreUnavailable({
      store,
      detail: `the write-ahead log ${log} holds changes not yet in ${path}, and SQLite can read it only where it may create ${path}-shm; copy ${path} and ${log} together into a directory you may write to, and read the copy`
    })
  }
  const image = readFileSync(path)
  for (const offset of HEADER_FORMAT_VERSIONS) if (image[offset] === 2) image[offset] = 1
  return driver.openImage(image)
}

const requireCurrentSchema = (database: SqliteConnection, path: string, store: string): void => {
  const found = schemaDifference(database)
  if (found.missing.length === MIGRATIONS.length && database.prepare("SELECT 1 FROM sqlite_master LIMIT 1").get() === undefined) {
    throw new StoreUnavailable({
      store,
      detail: `${path} is an empty SQLite database, not a ledger yet: a writing command (import, draft) creates the ledger in it`
    })
  }
  const refusal = MigrationLevel.readRefusal(store, found, MIGRATIONS.length)
  if (refusal !== undefined) throw refusal
}

/**
 * Opens an existing SQLite ledger for reading only: never creates the file, never migrates it,
 * never writes to it. A WAL ledger is read in place (SQLite then creates `<path>-wal` and
 * `<path>-shm` beside it if they are missing, as every WAL reader must); in a directory it may not
 * write to, its main file is read into memory instead. A ledger whose schema is older or newer
 * than this code's is refused with a message saying what to do.
 *
 * @category constructors
 * @since 0.3.0
 */
export const openReadOnlyDatabase = (driver: SqliteDriver, path: string, store: string): SqliteConnection => {
  if (!existsSync(path))
    throw new StoreUnavailable({ store, detail: `no ledger at ${path}: reading never creates one; name an existing ledger file` })
  let database: SqliteConnection | undefined
  try {
    database = driver.open(path, { readOnly: true })
    database.pragma("busy_timeout = 10000")
    // The first read is what needs the shared-memory file of a WAL database.
    database.prepare("SELECT 1 FROM sqlite_master LIMIT 1").get()
  } catch (cause) {
    database?.close()
    const code = sqliteErrorCode(cause) ?? ""
    if (code !== "SQLITE_CANTOPEN" && !code.startsWith("SQLITE_READONLY")) {
      throw new StoreUnavailable({
        store,
        detail: `cannot open the SQLite ledger to read (${describe(cause)}); check the path and its permissions`
      })
    }
    try {
      database = openImage(driver, path, store)
    } catch (imageCause) {
      if (imageCause instanceof StoreUnavailable) throw imageCause
      throw new StoreUnavailable({
        store,
        detail: `cannot read the SQLite ledger (${describe(imageCause)}); check the path and its permissions`
      })
    }
  }
  try {
    requireCurrentSchema(database, path, store)
  } catch (cause) {
    database.close()
    throw cause
  }
  return database
}
