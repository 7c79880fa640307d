import { Ledger } from "@plan-ledger/core"
import { match } from "ts-pattern"
import { approve, draft } from "./commands/Lifecycle.js"
import { check } from "./commands/Check.js"
import { copy } from "./commands/Copy.js"
import { demo } from "./commands/Demo.js"
import { importTable } from "./commands/Import.js"
import { show } from "./commands/Show.js"
import { verify } from "./commands/Verify.js"
import { ExitCode } from "./ExitCode.js"
import { HELP } from "./Help.js"
import { reportLedgerError } from "./LedgerErrorExit.js"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

const COMMANDS = ["demo", "draft", "approve", "import", "show", "check", "verify", "copy"] as const

/**
 * Runs one command line and returns its exit code. Every error the domain or a store reports is
 * printed with its message (which says what to do) and mapped to an exit code; anything else is a
 * bug and is rethrown.
 *
 * @example
 * import { run } from "@plan-ledger/cli"
 * // const code = await run(["show", "budget", "--plan", "lcsp-2009-10"], io)
 *
 * @category commands
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<ExitCode> => {
  const [name = "", ...args] = argv
  const command = COMMANDS.find((known) => known === name)
  if (name === "" || name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${HELP[""]}\n`)
    return name === "" ? ExitCode.input : ExitCode.ok
  }
  if (command === undefined) {
    io.stderr(`error: unknown command "${name}"\n\n${HELP[""]}\n`)
    return ExitCode.input
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${HELP[command]}\n`)
    return ExitCode.ok
  }
  try {
    return await match(command)
      .with("demo", () => demo(args, io))
      .with("draft", () => draft(args, io))
      .with("approve", () => approve(args, io))
      .with("import", () => importTable(args, io))
      .with("show", () => show(args, io))
      .with("check", () => check(args, io))
      .with("verify", () => verify(args, io))
      .with("copy", () => copy(args, io))
      .exhaustive()
  } catch (caught) {
    if (caught instanceof UsageError) {
      io.stderr(`error: ${caught.message}\n`)
      return ExitCode.input
    }
    if (Ledger.isLedgerError(caught)) return reportLedgerError(io, caught)
    throw caught
  }
}
