import type { LedgerError } from "@plan-ledger/core"
import { ExitCode } from "./ExitCode.js"
import type { Io } from "./Io.js"

/**
 * Reports an error the ledger returned and gives its exit code: 3 for a write conflict that
 * retries did not resolve, 2 for everything else (nothing was written).
 *
 * @category errors
 * @since 0.1.0
 */
export const reportLedgerError = (io: Io, error: LedgerError): ExitCode => {
  io.stderr(`error: ${error.message}\n`)
  return error._tag === "WrongExpectedRevision" ? ExitCode.conflict : ExitCode.input
}
