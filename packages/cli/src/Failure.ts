import { FileUnavailable, fileUnavailable, LedgerNotFound, NotALedger, systemErrorCode } from "./CliErrors.js"
import { ExitCode } from "./ExitCode.js"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

const ACTIONS: Readonly<Record<string, string>> = {
  open: "open",
  read: "read",
  scandir: "read the directory",
  write: "write",
  mkdir: "create the directory",
  stat: "find"
}

const pathOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "path" in error && typeof error.path === "string" ? error.path : undefined

const syscallOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "syscall" in error && typeof error.syscall === "string" ? error.syscall : "open"

// The ledger's errors (rule violations, store errors) are tagged, and their messages name the
// thing, the cause and the fix. They are recognised by their tag rather than by class, because a
// store package or an example loaded from outside the bundled command brings its own copy of the
// core's classes.
const isTaggedError = (error: unknown): error is Error & { readonly _tag: string } =>
  error instanceof Error && "_tag" in error && typeof error._tag === "string"

const oneLine = (text: string): string => text.replace(/\s*\n\s*/gu, " ")

/**
 * Reports whatever ended a command as one line on stderr — the thing, the cause and the fix —
 * and gives the exit code: 3 for a write conflict that retries did not resolve, 2 for everything
 * else (nothing was written). Never a stack trace, unless `debug` asks for one too.
 *
 * @category errors
 * @since 0.1.0
 */
export const reportFailure = (caught: unknown, io: Io, debug: boolean): ExitCode => {
  let code: ExitCode = ExitCode.input
  let line: string
  const path = pathOf(caught)
  if (
    caught instanceof UsageError ||
    caught instanceof LedgerNotFound ||
    caught instanceof NotALedger ||
    caught instanceof FileUnavailable
  ) {
    line = caught.message
  } else {
    if (isTaggedError(caught)) {
      line = caught.message
      if (caught._tag === "WrongExpectedRevision") code = ExitCode.conflict
    } else if (systemErrorCode(caught) !== undefined && path !== undefined) {
      line = fileUnavailable(path, ACTIONS[syscallOf(caught)] ?? syscallOf(caught), caught).message
    } else {
      const message = caught instanceof Error ? caught.message : String(caught)
      line = `unexpected failure: ${message}; this is a fault in plan-ledger, not in your input — run the command again with --debug and report what it prints`
    }
  }
  io.stderr(`error: ${oneLine(line)}\n`)
  if (debug && caught instanceof Error && caught.stack !== undefined) io.stderr(`${caught.stack}\n`)
  return code
}
