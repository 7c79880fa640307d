import { StoreWriteFailed } from "@plan-ledger/core"

/**
 * The code of an error better-sqlite3 threw (`SQLITE_FULL`, `SQLITE_CANTOPEN`, …), if it has one.
 *
 * @category errors
 * @since 0.3.0
 */
export const sqliteErrorCode = (cause: unknown): string | undefined =>
  typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string" ? cause.code : undefined

/**
 * An append or import SQLite could not make durable — a full disk (`SQLITE_FULL`), a failing one
 * (`SQLITE_IOERR_*`) — as a `StoreWriteFailed` naming the database file; anything else is
 * `undefined`. The transaction is rolled back by then, so nothing of the batch is stored.
 *
 * @category errors
 * @since 0.3.0
 */
export const writeFailureOf = (store: string, path: string, cause: unknown): StoreWriteFailed | undefined => {
  const code = sqliteErrorCode(cause)
  if (code === undefined || !(code === "SQLITE_FULL" || code.startsWith("SQLITE_IOERR"))) return undefined
  return new StoreWriteFailed({
    store,
    target: path,
    step: code === "SQLITE_IOERR_FSYNC" ? "fsync" : "write to",
    code,
    reason: cause instanceof Error ? cause.message : String(cause),
    left: "nothing"
  })
}
