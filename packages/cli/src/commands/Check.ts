import { ContentFindings, CrossPlanFindings, ReconciliationFindings } from "@plan-ledger/core"
import { Result } from "effect"
import { dateOption, requiredPlanId } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, guardOut, rendererFor } from "../Output.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { askedPoint, resolvePoint } from "../ViewPoint.js"

/**
 * `plan-ledger check --plan <id>`: the reconciliation findings; exit 1 when any is an error.
 * With `--all` (every plan) or `--with-related` (the plan and its related plans): the cross-plan
 * findings instead, exit 1 when any is an error.
 *
 * @category commands
 * @since 0.1.0
 */
export const check = async ({ values }: CommandInput<"check">, io: Io): Promise<ExitCode> => {
  const today = dateOption("check", "on", values.on) ?? io.now().toISOString().slice(0, 10)
  const all = values.all === true
  const withRelated = values["with-related"] === true
  if (all && (values.plan !== undefined || withRelated))
    throw new UsageError({ command: "check", detail: "--all checks every plan: give it without --plan and --with-related" })
  const planId = all ? "" : requiredPlanId("check", "plan", values.plan, "lcsp-2009-10")
  const asked = askedPoint("check", values, planId)
  const renderer = await rendererFor(values.format)
  guardOut("check", values, io)
  const store = await openLedgerStore(values, io, "read")
  try {
    const point = await resolvePoint(store, planId, asked)
    if (Result.isFailure(point)) {
      io.stderr(`error: ${point.failure}\n`)
      return ExitCode.input
    }
    const ledger = ledgerOver(withReplayProgress(store, io), io)
    if (all || withRelated) {
      // Comparing plans reads the whole ledger for --all, and only the related plans' streams otherwise.
      const state = all ? await ledger.state(point.success) : await ledger.relatedPlansState(planId, point.success)
      const report = CrossPlanFindings.project(state, { planId: all ? undefined : planId })
      if (Result.isFailure(report)) {
        io.stderr(`error: ${report.failure.message}\n`)
        return ExitCode.input
      }
      emit(io, await renderer.crossPlanReport(report.success), values.out)
      return report.success.findings.some((finding) => finding.severity === "error") ? ExitCode.findings : ExitCode.ok
    }
    const state = await ledger.planState(planId, point.success)
    const projected = Result.all([ReconciliationFindings.project(state, planId), ContentFindings.project(state, planId, { today })])
    if (Result.isFailure(projected)) {
      io.stderr(`error: ${projected.failure.message}\n`)
      return ExitCode.input
    }
    const [findings, contentFindings] = projected.success
    emit(io, await renderer.checkReport(findings, contentFindings), values.out)
    return findings.some((finding) => finding.severity === "error") ? ExitCode.findings : ExitCode.ok
  } finally {
    await store.close()
  }
}
