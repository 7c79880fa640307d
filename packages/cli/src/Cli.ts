import { createRequire } from "node:module"
import { ExitCode } from "./ExitCode.js"
import { reportFailure } from "./Failure.js"
import type { Io } from "./Io.js"
import { parseCommandLine } from "./Program.js"
import type { CommandInput, CommandName } from "./Spec.js"

type Runner<Name extends CommandName> = (input: CommandInput<Name>, io: Io) => Promise<ExitCode>

// Each command is loaded only when it runs, so `--help`, `--version` and `completion` never load
// the core, a store, a renderer, an importer or the demo data.
const COMMAND_RUNNERS: { readonly [Name in CommandName]: () => Promise<Runner<Name>> } = {
  demo: async () => (await import("./commands/Demo.js")).demo,
  draft: async () => (await import("./commands/Lifecycle.js")).draft,
  approve: async () => (await import("./commands/Lifecycle.js")).approve,
  supersede: async () => (await import("./commands/Lifecycle.js")).supersede,
  import: async () => (await import("./commands/Import.js")).importTable,
  show: async () => (await import("./commands/Show.js")).show,
  check: async () => (await import("./commands/Check.js")).check,
  history: async () => (await import("./commands/History.js")).history,
  diff: async () => (await import("./commands/Diff.js")).diff,
  report: async () => (await import("./commands/Report.js")).report,
  verify: async () => (await import("./commands/Verify.js")).verify,
  anchor: async () => (await import("./commands/Anchor.js")).anchor,
  keygen: async () => (await import("./commands/Keygen.js")).keygen,
  checkpoint: async () => (await import("./commands/Checkpoint.js")).checkpoint,
  prove: async () => (await import("./commands/Prove.js")).prove,
  "prove-consistency": async () => (await import("./commands/ProveConsistency.js")).proveConsistency,
  "verify-proof": async () => (await import("./commands/VerifyProof.js")).verifyProof,
  witness: async () => (await import("./commands/Witness.js")).witness,
  publish: async () => (await import("./commands/Publish.js")).publish,
  rebuild: async () => (await import("./commands/Rebuild.js")).rebuild,
  repair: async () => (await import("./commands/Repair.js")).repair,
  copy: async () => (await import("./commands/Copy.js")).copy,
  subject: async () => (await import("./commands/Subject.js")).subject,
  erase: async () => (await import("./commands/Erase.js")).erase,
  retention: async () => (await import("./commands/Retention.js")).retention,
  completion: async () => (await import("./commands/Completion.js")).completion
}

/**
 * The version of the command, from its package.json.
 *
 * @category commands
 * @since 0.1.0
 */
export const version = (): string => (createRequire(import.meta.url)("../package.json") as { readonly version: string }).version

/**
 * Runs one command line and returns its exit code. Help, version and every parse error are
 * answered from the command specifications; a command's failure — a usage error, an error the
 * ledger or a store reports, a file that cannot be read or written — is printed as one line that
 * names the thing, the cause and the fix (with the stack only under `--debug` or
 * `PLAN_LEDGER_DEBUG=1`) and mapped to an exit code.
 *
 * @example
 * import { run } from "@plan-ledger/cli"
 * process.exitCode = await run(["show", "budget", "--plan", "lcsp-2009-10"], {
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 *   interactive: process.stderr.isTTY,
 *   cwd: process.cwd(),
 *   env: process.env,
 *   user: "finance-officer",
 *   now: () => new Date()
 * })
 *
 * @category commands
 * @since 0.1.0
 */
export const run = async (argv: ReadonlyArray<string>, io: Io): Promise<ExitCode> => {
  const debug = argv.includes("--debug") || io.env["PLAN_LEDGER_DEBUG"] === "1"
  try {
    const parsed = parseCommandLine(argv, io, version())
    if (parsed._tag === "Answered") return ExitCode.ok
    const runner = (await COMMAND_RUNNERS[parsed.name]()) as Runner<CommandName>
    return await runner({ values: parsed.values, positionals: parsed.positionals } as CommandInput<CommandName>, io)
  } catch (caught) {
    return reportFailure(caught, io, debug)
  }
}
