/**
 * A value SQLite stores or returns: the store binds and reads only these.
 *
 * @category drivers
 * @since 0.4.0
 */
export type SqliteValue = null | number | bigint | string | Uint8Array

/**
 * What a statement binds: positional values in order, or named ones (`@name` in the SQL, `name`
 * as the key).
 *
 * @category drivers
 * @since 0.4.0
 */
export type SqliteParameters = ReadonlyArray<SqliteValue> | Readonly<Record<string, SqliteValue>>

/**
 * A prepared statement. Every row comes back as an array of its columns in the order the SQL
 * selects them, never as an object: building an object per row would cost a replay of a million
 * events most of its time, and the store reads columns by position anyway.
 *
 * @category drivers
 * @since 0.4.0
 */
export interface SqliteStatement<Row extends ReadonlyArray<SqliteValue> = ReadonlyArray<SqliteValue>> {
  readonly run: (parameters?: SqliteParameters) => void
  readonly all: (parameters?: SqliteParameters) => Array<Row>
  readonly get: (parameters?: SqliteParameters) => Row | undefined
}

/**
 * The seam between the store and a SQLite driver: everything the store, its migrations and its
 * read-only opening ask of a connection. The SQL, the schema and the append algorithm live in the
 * store and are the same whichever driver runs them; a driver only translates these calls.
 *
 * A driver's errors carry SQLite's result code, which `sqliteErrorCode` reads whichever driver
 * threw them.
 *
 * @category drivers
 * @since 0.4.0
 */
export interface SqliteConnection {
  /** The driver behind the connection: `"node:sqlite"` or `"better-sqlite3"`. */
  readonly driver: SqliteDriverName
  /** False once `close` has run. */
  readonly isOpen: boolean
  readonly prepare: <Row extends ReadonlyArray<SqliteValue> = ReadonlyArray<SqliteValue>>(sql: string) => SqliteStatement<Row>
  /** Runs one or more statements that return nothing. */
  readonly exec: (sql: string) => void
  /** Runs `PRAGMA <setting>` and returns the first column of its first row, if any. */
  readonly pragma: (setting: string) => SqliteValue | undefined
  /**
   * Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT`, rolling back if it throws. `body` must be
   * synchronous: a transaction left open across an `await` would take in whatever else ran on the
   * connection meanwhile.
   */
  readonly immediateTransaction: <A>(body: () => A) => A
  /** Rolls back the open transaction, if SQLite has not rolled it back itself already. */
  readonly rollbackIfOpen: () => void
  readonly close: () => void
}

/**
 * The drivers the store runs on.
 *
 * @category drivers
 * @since 0.4.0
 */
export const SQLITE_DRIVER_NAMES = ["node:sqlite", "better-sqlite3"] as const

/**
 * One of `SQLITE_DRIVER_NAMES`.
 *
 * @category drivers
 * @since 0.4.0
 */
export type SqliteDriverName = (typeof SQLITE_DRIVER_NAMES)[number]

/**
 * How a driver opens a database.
 *
 * @category drivers
 * @since 0.4.0
 */
export interface SqliteDriver {
  readonly name: SqliteDriverName
  /** Opens the file at `path`; read-only opening never creates it. */
  readonly open: (path: string, options: { readonly readOnly: boolean }) => SqliteConnection
  /** Opens a whole database file held in memory, read-only, touching nothing beside the ledger. */
  readonly openImage: (image: Uint8Array) => SqliteConnection
}
