import { StoreUnavailable, StoreWriteFailed } from "@plan-ledger/eventstore"
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

/**
 * What a failed append or import rejects with: a tagged error as thrown (the append algorithm's or
 * the import's refusal, a closed store), a full or failing disk as `writeFailureOf` names it, and
 * anything else as a `StoreUnavailable` saying nothing was written. The transaction is rolled back
 * by then.
 *
 * @category errors
 * @since 0.5.0
 */
export const writeRejection = (store: string, path: string, operation: "append" | "import", cause: unknown): unknown => {
  if (typeof cause === "object" && cause !== null && "_tag" in cause) return cause
  return (
    writeFailureOf(store, path, cause) ??
    new StoreUnavailable({
      store,
      detail: `the ${operation} failed and nothing was written (${cause instanceof Error ? cause.message : String(cause)})`
    })
  )
}
