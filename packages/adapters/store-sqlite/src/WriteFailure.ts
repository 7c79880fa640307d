import { StoreWriteFailed } from "@plan-ledger/eventstore"
import { resultCodeName } from "./SqliteResultCodes.js"

/**
 * The SQLite result code of an error either driver threw (`SQLITE_FULL`, `SQLITE_CANTOPEN`, …),
 * if it has one: better-sqlite3 names it in `code`; node:sqlite sets `code` to `ERR_SQLITE_ERROR`
 * and gives SQLite's number in `errcode`.
 *
 * @category errors
 * @since 0.3.0
 */
export const sqliteErrorCode = (cause: unknown): string | undefined => {
  if (typeof cause !== "object" || cause === null) return undefined
  if ("errcode" in cause && typeof cause.errcode === "number") return resultCodeName(cause.errcode)
  return "code" in cause && typeof cause.code === "string" && cause.code.startsWith("SQLITE_") ? cause.code : undefined
}

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
