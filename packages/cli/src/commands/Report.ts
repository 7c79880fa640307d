import { extname } from "node:path"
import { LedgerState, PlanHistory, PlanReport } from "@plan-ledger/core"
import { Result } from "effect"
import { dateOption, planIdOption, toleranceOption } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { guardOut, writeOut } from "../Output.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { askedPoint, planStream, resolveAgainst } from "../ViewPoint.js"

type ReportRenderer = (report: PlanReport.PlanReport) => Promise<string | Uint8Array>

const htmlReport = async (): Promise<ReportRenderer> => (await import("@plan-ledger/render-html")).htmlReport

// A workbook holds the views with figures, one sheet each; the history and content gaps stay in HTML.
const xlsxReport = async (): Promise<ReportRenderer> => {
  const { renderXlsxWorkbook } = await import("@plan-ledger/render-xlsx")
  return (report) =>
    renderXlsxWorkbook([
      { view: "plan", plan: report.plan },
      { view: "actions", actions: report.actions },
      { view: "budget", budget: report.budget },
      { view: "variations", variations: report.variations },
      { view: "staffing", staffing: report.staffing },
      { view: "scorecard", scorecard: report.scorecard },
      { view: "findings", findings: report.findings }
    ])
}

// The document's format follows the extension of --out; each renderer is loaded only when asked for.
const REPORT_RENDERERS: Readonly<Record<string, () => Promise<ReportRenderer>>> = {
  ".html": htmlReport,
  ".htm": htmlReport,
  ".xlsx": xlsxReport
}

const reportRendererFor = async (out: string): Promise<ReportRenderer> => {
  const load = REPORT_RENDERERS[extname(out).toLowerCase()]
  if (load === undefined)
    throw new UsageError({
      command: "report",
      detail: `--out ${out}: the extension chooses the report's format; use ${Object.keys(REPORT_RENDERERS).join(", ")}, for example --out report.html`
    })
  return load()
}

/**
 * `plan-ledger report --plan <id> --out <file.html|file.xlsx>`: every view of a plan in one
 * document, in the format the extension of `--out` names.
 *
 * @category commands
 * @since 0.3.0
 */
export const report = async ({ values }: CommandInput<"report">, io: Io): Promise<ExitCode> => {
  const planId = planIdOption("report", "plan", values.plan)
  const out = values.out
  const today = dateOption("report", "on", values.on) ?? io.now().toISOString().slice(0, 10)
  const tolerancePercent = toleranceOption(values.tolerance)
  const asked = askedPoint("report", values, planId)
  const render = await reportRendererFor(out)
  guardOut("report", values, io)
  const store = await openLedgerStore(values, io, "read")
  try {
    const stream = await planStream(store, planId)
    const point = resolveAgainst(stream, planId, asked)
    if (Result.isFailure(point)) {
      io.stderr(`error: ${point.failure}\n`)
      return ExitCode.input
    }
    const history = PlanHistory.project(stream.filter((event) => LedgerState.selects(point.success, event)))
    const state = await ledgerOver(withReplayProgress(store, io), io).planState(planId, point.success, { planEvents: stream })
    const projected = PlanReport.project(state, planId, { today, tolerancePercent, history })
    if (Result.isFailure(projected)) {
      io.stderr(`error: ${projected.failure.message}\n`)
      return ExitCode.input
    }
    writeOut(io, await render(projected.success), out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
