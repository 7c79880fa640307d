import { StoreUnavailable, StoreWriteFailed } from "@plan-ledger/eventstore"

const fieldOf = (cause: unknown, name: string): string | undefined =>
  typeof cause === "object" && cause !== null && name in cause && typeof (cause as Record<string, unknown>)[name] === "string"
    ? ((cause as Record<string, unknown>)[name] as string)
    : undefined

// SQLSTATE classes: 53 insufficient resources (53100 disk full), 58 system error (58030 I/O error).
const isDiskFault = (sqlState: string): boolean => sqlState.startsWith("53") || sqlState.startsWith("58")

// A COMMIT that got an error back was rolled back; one that got no answer (08 connection
// exception, 57 operator intervention, or no SQLSTATE at all) may have committed or not.
const answeredByServer = (sqlState: string | undefined): boolean =>
  sqlState !== undefined && !sqlState.startsWith("08") && !sqlState.startsWith("57")

/**
 * Why a write transaction failed, as the error an append rejects with. A full or failing disk is
 * a `StoreWriteFailed` with nothing stored; a COMMIT the server never answered is a
 * `StoreWriteFailed` whose outcome is `unknown`, so it is never reported as written or as not
 * written; anything else is a `StoreUnavailable` (the transaction was rolled back).
 *
 * @category errors
 * @since 0.3.0
 */
export const writeFailureOf = (store: string, cause: unknown, committing: boolean): StoreWriteFailed | StoreUnavailable => {
  const sqlState = fieldOf(cause, "code")
  const reason = cause instanceof Error ? cause.message : String(cause)
  const code = sqlState ?? "no answer"
  if (committing && !answeredByServer(sqlState)) {
    return new StoreWriteFailed({ store, target: "the database", step: "commit to", code, reason, left: "unknown" })
  }
  if (sqlState !== undefined && isDiskFault(sqlState)) {
    return new StoreWriteFailed({
      store,
      target: "the database",
      step: committing ? "commit to" : "write to",
      code: sqlState,
      reason,
      left: "nothing"
    })
  }
  return new StoreUnavailable({ store, detail: `the write failed and nothing was written (${reason})` })
}
