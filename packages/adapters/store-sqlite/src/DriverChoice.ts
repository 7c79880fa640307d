import { StoreUnavailable } from "@plan-ledger/eventstore"
import { loadBetterSqlite3Driver } from "./BetterSqlite3Driver.js"
import { loadNodeSqliteDriver } from "./NodeSqliteDriver.js"
import { SQLITE_DRIVER_NAMES, type SqliteDriver, type SqliteDriverName } from "./SqliteConnection.js"

/**
 * The driver a store runs on when neither its options nor `PLAN_LEDGER_SQLITE_DRIVER` name one:
 * Node's own, so installing plan-ledger compiles and downloads no native module. It was measured
 * against better-sqlite3 on the same ledgers before it became the default (docs/performance.md).
 *
 * @category drivers
 * @since 0.4.0
 */
export const DEFAULT_SQLITE_DRIVER: SqliteDriverName = "node:sqlite"

/**
 * The environment variable that names the driver for every store a process opens without naming
 * one — so a command-line user, or a benchmark, can change driver without changing code.
 *
 * @category drivers
 * @since 0.4.0
 */
export const SQLITE_DRIVER_VARIABLE = "PLAN_LEDGER_SQLITE_DRIVER"

const isDriverName = (name: string): name is SqliteDriverName => (SQLITE_DRIVER_NAMES as ReadonlyArray<string>).includes(name)

/**
 * The driver to use: the one asked for, else the one `PLAN_LEDGER_SQLITE_DRIVER` names, else
 * `DEFAULT_SQLITE_DRIVER`. A name that is no driver's is refused, saying which names are.
 *
 * @category drivers
 * @since 0.4.0
 */
export const chooseDriver = (store: string, requested: SqliteDriverName | undefined): SqliteDriverName => {
  if (requested !== undefined) return requested
  const named = process.env[SQLITE_DRIVER_VARIABLE]
  if (named === undefined || named === "") return DEFAULT_SQLITE_DRIVER
  if (isDriverName(named)) return named
  throw new StoreUnavailable({
    store,
    detail: `${SQLITE_DRIVER_VARIABLE} is "${named}", which is no SQLite driver; set it to ${SQLITE_DRIVER_NAMES.join(" or ")}, or unset it`
  })
}

// Each driver's module is loaded once, and only by a process that uses it.
const loaded = new Map<SqliteDriverName, Promise<SqliteDriver>>()

/**
 * Loads a driver. A driver whose package is not installed is a `StoreUnavailable` naming it.
 *
 * @category drivers
 * @since 0.4.0
 */
export const loadDriver = async (store: string, name: SqliteDriverName): Promise<SqliteDriver> => {
  const known = loaded.get(name) ?? (name === "node:sqlite" ? loadNodeSqliteDriver() : loadBetterSqlite3Driver())
  loaded.set(name, known)
  try {
    return await known
  } catch (cause) {
    loaded.delete(name)
    throw new StoreUnavailable({
      store,
      detail:
        name === "node:sqlite"
          ? `this Node (${process.version}) has no node:sqlite; use Node 22.13 or later`
          : `the SQLite driver better-sqlite3 cannot be loaded (${cause instanceof Error ? cause.message : String(cause)}); install it beside plan-ledger (npm install better-sqlite3)`
    })
  }
}
