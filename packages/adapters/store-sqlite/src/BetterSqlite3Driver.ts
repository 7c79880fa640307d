import type Database from "better-sqlite3"
import type { SqliteConnection, SqliteDriver, SqliteParameters, SqliteStatement, SqliteValue } from "./SqliteConnection.js"

type BetterSqlite3 = typeof Database

const connectionOf = (database: Database.Database): SqliteConnection => ({
  driver: "better-sqlite3",
  get isOpen() {
    return database.open
  },
  prepare: <Row extends ReadonlyArray<SqliteValue>>(sql: string): SqliteStatement<Row> => {
    const statement = database.prepare<Array<unknown>, Row>(sql)
    // Raw mode (rows as arrays) exists only for statements that return rows.
    if (statement.reader) statement.raw(true)
    // better-sqlite3 takes an array of positional values as one argument, as it takes an object of
    // named ones.
    const bound = (parameters: SqliteParameters | undefined): Array<unknown> => (parameters === undefined ? [] : [parameters])
    return {
      run: (parameters) => {
        statement.run(...bound(parameters))
      },
      all: (parameters) => statement.all(...bound(parameters)),
      get: (parameters) => statement.get(...bound(parameters))
    }
  },
  exec: (sql) => {
    database.exec(sql)
  },
  pragma: (setting) => database.pragma(setting, { simple: true }) as SqliteValue | undefined,
  immediateTransaction: (body) => database.transaction(body).immediate(),
  rollbackIfOpen: () => {
    if (database.inTransaction) database.exec("ROLLBACK")
  },
  close: () => {
    database.close()
  }
})

/**
 * The native driver, `better-sqlite3`: an optional peer dependency, installed by whoever chooses it
 * and loaded only when a store asks for it.
 *
 * @category drivers
 * @since 0.4.0
 */
export const loadBetterSqlite3Driver = async (): Promise<SqliteDriver> => {
  const { default: Database } = (await import("better-sqlite3")) as { default: BetterSqlite3 }
  return {
    name: "better-sqlite3",
    open: (path, { readOnly }) => connectionOf(readOnly ? new Database(path, { readonly: true, fileMustExist: true }) : new Database(path)),
    openImage: (image) => connectionOf(new Database(Buffer.from(image.buffer, image.byteOffset, image.byteLength), { readonly: true }))
  }
}
