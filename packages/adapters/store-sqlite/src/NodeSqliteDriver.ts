import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type * as NodeSqliteModule from "node:sqlite"
import type { DatabaseSync, StatementSync } from "node:sqlite"
import type { SqliteConnection, SqliteDriver, SqliteParameters, SqliteStatement, SqliteValue } from "./SqliteConnection.js"

type NodeSqlite = typeof NodeSqliteModule

// Members some Node lines lack: rows as arrays and `isTransaction` (Node 22.16 and 24), loading a
// database from memory (Node 24). Each is used where it exists.
type StatementOfAnyNode = StatementSync & { readonly setReturnArrays?: (enabled: boolean) => void }
type DatabaseOfAnyNode = DatabaseSync & {
  readonly isTransaction?: boolean
  readonly deserialize?: (image: Uint8Array) => void
}

type Row = ReadonlyArray<SqliteValue>

const statementOf = <R extends Row>(statement: StatementOfAnyNode): SqliteStatement<R> => {
  // node:sqlite takes positional values as separate arguments, named ones as one object.
  const bound = (parameters: SqliteParameters | undefined): Array<SqliteValue | Readonly<Record<string, SqliteValue>>> =>
    parameters === undefined ? [] : Array.isArray(parameters) ? parameters : [parameters as Readonly<Record<string, SqliteValue>>]
  const call = <A>(method: (...values: Array<never>) => A, parameters: SqliteParameters | undefined): A =>
    method.apply(statement, bound(parameters) as Array<never>)
  if (statement.setReturnArrays !== undefined) {
    statement.setReturnArrays(true)
    return {
      run: (parameters) => {
        call(statement.run, parameters)
      },
      all: (parameters) => call(statement.all, parameters) as unknown as Array<R>,
      get: (parameters) => call(statement.get, parameters) as unknown as R | undefined
    }
  }
  // Before rows as arrays, a row is an object whose keys are the selected columns in order (the
  // store never selects two columns of the same name, nor one named like an index).
  const asArray = (row: unknown): R => Object.values(row as object) as unknown as R
  return {
    run: (parameters) => {
      call(statement.run, parameters)
    },
    all: (parameters) => call(statement.all, parameters).map(asArray),
    get: (parameters) => {
      const row = call(statement.get, parameters)
      return row === undefined ? undefined : asArray(row)
    }
  }
}

const connectionOf = (database: DatabaseOfAnyNode): SqliteConnection => {
  let open = true
  const begin = database.prepare("BEGIN IMMEDIATE")
  const commit = database.prepare("COMMIT")
  const rollbackIfOpen = (): void => {
    if (database.isTransaction === false) return
    try {
      database.exec("ROLLBACK")
    } catch (cause) {
      // Without `isTransaction` (Node before 22.16) the only way to learn that SQLite already
      // rolled the transaction back (as it may after a full disk) is that ROLLBACK says so.
      if (database.isTransaction !== undefined || !String((cause as Error).message).includes("no transaction is active")) throw cause
    }
  }
  return {
    driver: "node:sqlite",
    get isOpen() {
      return open
    },
    prepare: <R extends Row>(sql: string) => statementOf<R>(database.prepare(sql)),
    exec: (sql) => {
      database.exec(sql)
    },
    pragma: (setting) => {
      const row = statementOf(database.prepare(`PRAGMA ${setting}`)).get()
      return row?.[0]
    },
    immediateTransaction: (body) => {
      begin.run()
      try {
        const result = body()
        commit.run()
        return result
      } catch (cause) {
        rollbackIfOpen()
        throw cause
      }
    },
    rollbackIfOpen,
    close: () => {
      open = false
      database.close()
    }
  }
}

// Where a Node line cannot load a database from memory, the image is opened from a private
// temporary copy, removed as soon as SQLite holds it open (the ledger's own directory is never
// written).
const openImageFromCopy = (sqlite: NodeSqlite, image: Uint8Array): SqliteConnection => {
  const directory = mkdtempSync(join(tmpdir(), "plan-ledger-image-"))
  try {
    const path = join(directory, "ledger.db")
    writeFileSync(path, image)
    const database = new sqlite.DatabaseSync(path, { readOnly: true })
    database.prepare("SELECT 1 FROM sqlite_master LIMIT 1").get()
    return connectionOf(database)
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

/**
 * Node's built-in driver, `node:sqlite` (`DatabaseSync`, Node 22.13 and later): nothing to install
 * or compile.
 *
 * @category drivers
 * @since 0.4.0
 */
export const loadNodeSqliteDriver = async (): Promise<SqliteDriver> => {
  const sqlite: NodeSqlite = await import("node:sqlite")
  return {
    name: "node:sqlite",
    open: (path, { readOnly }) => connectionOf(new sqlite.DatabaseSync(path, { readOnly })),
    openImage: (image) => {
      const database: DatabaseOfAnyNode = new sqlite.DatabaseSync(":memory:")
      if (database.deserialize === undefined) {
        database.close()
        return openImageFromCopy(sqlite, image)
      }
      database.deserialize(image)
      return connectionOf(database)
    }
  }
}
