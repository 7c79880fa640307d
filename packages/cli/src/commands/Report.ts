import { extname } from "node:path"
import { LedgerState, PlanHistory, PlanReport, StreamName } from "@plan-ledger/core"
import { Either } from "effect"
import { dateOption, required, toleranceOption } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit } from "../Output.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { askedPoint, resolvePoint } from "../ViewPoint.js"

type ReportRenderer = (report: PlanReport.PlanReport) => Promise<string>

// The document's format follows the extension of --out; each renderer is loaded only when asked for.
const REPORT_RENDERERS: Readonly<Record<string, () => Promise<ReportRenderer>>> = {
  ".html": async () => (await import("@plan-ledger/render-html")).htmlReport,
  ".htm": async () => (await import("@plan-ledger/render-html")).htmlReport
}

const reportRendererFor = async (out: string): Promise<ReportRenderer> => {
  const extension = extname(out).toLowerCase()
  const load = REPORT_RENDERERS[extension]
  if (extension === ".xlsx")
    throw new UsageError({
      command: "report",
      detail: `--out ${out}: XLSX reports are not supported yet; write an HTML report with --out <file>.html`
    })
  if (load === undefined)
    throw new UsageError({
      command: "report",
      detail: `--out ${out}: the extension chooses the report's format; use ${Object.keys(REPORT_RENDERERS).join(" or ")}, for example --out report.html`
    })
  return load()
}

/**
 * `plan-ledger report --plan <id> --out <file.html>`: every view of a plan in one document, in the
 * format the extension of `--out` names.
 *
 * @category commands
 * @since 0.3.0
 */
export const report = async ({ values }: CommandInput<"report">, io: Io): Promise<ExitCode> => {
  const planId = required("report", "plan", values.plan, "lcsp-2009-10")
  const out = required("report", "out", values.out, "report.html")
  const today = dateOption("report", "on", values.on) ?? io.now().toISOString().slice(0, 10)
  const tolerancePercent = toleranceOption("report", values.tolerance)
  const asked = askedPoint("report", values, planId)
  const render = await reportRendererFor(out)
  const store = await openLedgerStore(values, io, "read")
  try {
    const point = await resolvePoint(store, planId, asked)
    if (Either.isLeft(point)) {
      io.stderr(`error: ${point.left}\n`)
      return ExitCode.input
    }
    const history = (await PlanHistory.project(store.readStream(StreamName.forPlan(planId)))).filter((entry) =>
      LedgerState.selects(point.right, entry)
    )
    const state = await ledgerOver(withReplayProgress(store, io), io).state(point.right)
    const projected = PlanReport.project(state, planId, { today, tolerancePercent, history })
    if (Either.isLeft(projected)) {
      io.stderr(`error: ${projected.left.message}\n`)
      return ExitCode.input
    }
    emit(io, await render(projected.right), out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
