import { ReconciliationFindings } from "@plan-ledger/core"
import { Either } from "effect"
import { parseCommand, required } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, rendererFor } from "../Output.js"
import { withReplayProgress } from "../Progress.js"

/**
 * `plan-ledger check --plan <id>`: the reconciliation findings; exit 1 when any is an error.
 *
 * @category commands
 * @since 0.1.0
 */
export const check = async (args: ReadonlyArray<string>, io: Io): Promise<ExitCode> => {
  const { values } = parseCommand("check", args, { plan: { type: "string" }, format: { type: "string" }, out: { type: "string" } })
  const planId = required("check", "plan", values.plan, "lcsp-2009-10")
  const renderer = rendererFor(values.format, "check")
  const store = await openLedgerStore(values, io)
  try {
    const state = await ledgerOver(withReplayProgress(store, io), io).state()
    const projected = ReconciliationFindings.project(state, planId)
    if (Either.isLeft(projected)) {
      io.stderr(`error: ${projected.left.message}\n`)
      return ExitCode.input
    }
    const findings = projected.right
    emit(io, renderer.findings(findings), values.out)
    return findings.some((finding) => finding.severity === "error") ? ExitCode.findings : ExitCode.ok
  } finally {
    await store.close()
  }
}
