import { copyStore } from "@plan-ledger/stores"
import { parseCommand, required } from "../Arguments.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"

/**
 * `plan-ledger copy --from <url> --to <url>`: every event into an empty store, hashes unchanged.
 *
 * @category commands
 * @since 0.1.0
 */
export const copy = async (args: ReadonlyArray<string>, io: Io): Promise<ExitCode> => {
  const { values } = parseCommand("copy", args, { from: { type: "string" }, to: { type: "string" } })
  const from = required("copy", "from", values.from, "jsonl:ledger.jsonl")
  const to = required("copy", "to", values.to, "sqlite:ledger.db")
  const report = await copyStore(from, to)
  io.stdout(`copied ${report.events} events from ${from} to ${to}; ${report.verified.ok ? "hash chain verified" : "the copy does NOT verify"}\n`)
  return report.verified.ok ? ExitCode.ok : ExitCode.findings
}
