import { copyStore, openStore } from "@plan-ledger/stores"
import { checkLedgerFile } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { checkOutputTarget } from "../OutputTarget.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { counted } from "../Words.js"

/**
 * `plan-ledger copy --from <url> --to <url>`: every event into an empty store, hashes unchanged.
 *
 * @category commands
 * @since 0.1.0
 */
export const copy = async ({ values }: CommandInput<"copy">, io: Io): Promise<ExitCode> => {
  const { from, to } = values
  checkLedgerFile(from, io, "read")
  const toFile = /^(sqlite|jsonl):/.exec(to) === null ? undefined : to.slice(to.indexOf(":") + 1)
  if (toFile !== undefined && toFile !== ":memory:")
    checkOutputTarget(io, "copy", "--to", toFile, [from], { append: false, force: values.force === true })
  checkLedgerFile(to, io, "write", "create")
  const source = await openStore(from, { access: "read" })
  // A copy reads the events as hashed (commitments where the personal values were): that read goes
  // through the progress wrapper, so a long copy shows a bar on a terminal.
  const shown = { ...source, personalData: { ...source.personalData, committed: withReplayProgress(source.personalData.committed, io) } }
  const report = await copyStore(shown, to).finally(() => source.close())
  io.stdout(
    `copied ${counted(report.events, "event")} from ${from} to ${to}; ${report.verified.ok ? "hash chain verified" : "the copy does NOT verify"}\n`
  )
  return report.verified.ok ? ExitCode.ok : ExitCode.findings
}
