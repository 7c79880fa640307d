import { extname } from "node:path"
import type { PlanReport } from "@plan-ledger/core"
import { Result } from "effect"
import { dateOption, planIdOption, toleranceOption } from "../Arguments.js"
import { openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { guardOut, writeOut } from "../Output.js"
import { readPlanReport } from "../PlanReportRead.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { askedPoint } from "../ViewPoint.js"

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
    const read = await readPlanReport(io, store, planId, asked, { today, tolerancePercent })
    if (Result.isFailure(read)) {
      io.stderr(`error: ${read.failure}\n`)
      return ExitCode.input
    }
    writeOut(io, await render(read.success.report), out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
