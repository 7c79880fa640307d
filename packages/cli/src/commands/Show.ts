import {
  ActionProgress,
  type LedgerState as LedgerStateModel,
  BudgetStatement,
  CurrentPlan,
  IndicatorRollUp,
  IndicatorScorecard,
  PartnershipList,
  type PartnershipNotFound,
  PartnershipProfile,
  PlanList,
  type PlanNotFound,
  StaffingTotals,
  VariationStatement
} from "@plan-ledger/core"
import { isTextChunks, type Renderer } from "@plan-ledger/core/adapters"
import { readCsv } from "@plan-ledger/import-csv"
import type { SheetTable, XlsxView } from "@plan-ledger/render-xlsx"
import { Result } from "effect"
import { match } from "ts-pattern"
import { dateOption, required, requiredPlanId, toleranceOption } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, guardOut, type Rendered, rendererFor, writeOut } from "../Output.js"
import { withReplayProgress } from "../Progress.js"
import { type CommandInput, VIEWS } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { TABLE_OF_VIEW, tableSheetName } from "../TableSheet.js"
import { terminalLayout } from "../TerminalLayout.js"
import { askedPoint, resolvePoint } from "../ViewPoint.js"
import { printHistory } from "./History.js"

// A projected view: one a workbook can hold, or a ledger-wide one.
type ShownView =
  | XlsxView
  | { readonly view: "plans"; readonly plans: ReadonlyArray<PlanList.PlanListEntry> }
  | { readonly view: "partnerships"; readonly partnerships: PartnershipList.PartnershipList }
  | { readonly view: "partnership"; readonly partnership: PartnershipProfile.PartnershipProfile }
  | { readonly view: "rollup"; readonly rollUp: IndicatorRollUp.IndicatorRollUp }

// What a view is asked for: the plan, the partnership or the indicator, and the date dated facts are read on.
interface Subject {
  readonly planId: string
  readonly partnershipId: string
  readonly indicatorCode: string
  readonly effectiveOn: string | undefined
}

const projectView = (
  view: Exclude<(typeof VIEWS)[number], "history">,
  state: LedgerStateModel.LedgerState,
  { planId, partnershipId, indicatorCode, effectiveOn }: Subject,
  filter: ActionProgress.ActionFilter,
  tolerancePercent: number | undefined
): Result.Result<ShownView, PlanNotFound | PartnershipNotFound> =>
  match(view)
    .returnType<Result.Result<ShownView, PlanNotFound | PartnershipNotFound>>()
    .with("plans", () => Result.succeed({ view: "plans", plans: PlanList.project(state) }))
    .with("partnerships", () => Result.succeed({ view: "partnerships", partnerships: PartnershipList.project(state, { effectiveOn }) }))
    .with("partnership", () =>
      Result.map(PartnershipProfile.project(state, partnershipId), (partnership): ShownView => ({ view: "partnership", partnership }))
    )
    .with("rollup", () => Result.succeed({ view: "rollup", rollUp: IndicatorRollUp.project(state, indicatorCode, { effectiveOn }) }))
    .with("actions", () =>
      Result.map(ActionProgress.project(state, planId, filter), (actions): ShownView => ({ view: "actions", actions }))
    )
    .with("plan", () => Result.map(CurrentPlan.project(state, planId), (plan): ShownView => ({ view: "plan", plan })))
    .with("budget", () => Result.map(BudgetStatement.project(state, planId), (budget): ShownView => ({ view: "budget", budget })))
    .with("variations", () =>
      Result.map(VariationStatement.project(state, planId), (variations): ShownView => ({ view: "variations", variations }))
    )
    .with("staffing", () => Result.map(StaffingTotals.project(state, planId), (staffing): ShownView => ({ view: "staffing", staffing })))
    .with("scorecard", () =>
      Result.map(
        IndicatorScorecard.project(state, planId, tolerancePercent === undefined ? {} : { tolerancePercent }),
        (scorecard): ShownView => ({ view: "scorecard", scorecard })
      )
    )
    .exhaustive()

const renderText = (renderer: Renderer<Rendered>, shown: ShownView): Rendered =>
  match(shown)
    .with({ view: "plans" }, ({ plans }) => renderer.planList(plans))
    .with({ view: "partnerships" }, ({ partnerships }) => renderer.partnershipList(partnerships))
    .with({ view: "partnership" }, ({ partnership }) => renderer.partnershipProfile(partnership))
    .with({ view: "rollup" }, ({ rollUp }) => renderer.indicatorRollUp(rollUp))
    .with({ view: "actions" }, ({ actions }) => renderer.actionProgress(actions))
    .with({ view: "plan" }, ({ plan }) => renderer.currentPlan(plan))
    .with({ view: "budget" }, ({ budget }) => renderer.budgetStatement(budget))
    .with({ view: "variations" }, ({ variations }) => renderer.variationStatement(variations))
    .with({ view: "staffing" }, ({ staffing }) => renderer.staffingTotals(staffing))
    .with({ view: "scorecard" }, ({ scorecard }) => renderer.scorecard(scorecard))
    .with({ view: "findings" }, ({ findings }) => renderer.findings(findings))
    .exhaustive()

// The views a workbook does not hold: the plan list, one partnership's story, roll-ups and the history.
const NOT_IN_WORKBOOK: ReadonlyArray<(typeof VIEWS)[number]> = ["plans", "history", "partnership", "rollup"]

const notInWorkbook = (view: string): UsageError =>
  new UsageError({
    command: "show",
    detail: `--format xlsx holds these views (${VIEWS.filter((name) => !NOT_IN_WORKBOOK.includes(name)).join(", ")}), not ${view}: use md, json or csv`
  })

// Where the output goes: text through a renderer, or a workbook into its --out file.
type ShowOutput = { readonly _tag: "Text"; readonly renderer: Renderer<Rendered> } | { readonly _tag: "Workbook"; readonly out: string }

// A workbook is bytes for a file, and holds one plan's views: say so before reading the ledger.
const workbookOutput = (view: (typeof VIEWS)[number], out: string | undefined): ShowOutput => {
  if (out === undefined)
    throw new UsageError({ command: "show", detail: "--format xlsx writes a workbook, not text: say where with --out <file.xlsx>" })
  if (NOT_IN_WORKBOOK.includes(view)) throw notInWorkbook(view)
  return { _tag: "Workbook", out }
}

// Markdown for a terminal is fitted to its width; anything else is printed or written as it is.
const emitText = async (io: Io, renderer: Renderer<Rendered>, rendered: Rendered, out: string | undefined): Promise<void> => {
  const text = await rendered
  const layout = renderer.format === "md" && typeof text === "string" ? terminalLayout(io, out) : undefined
  emit(
    io,
    layout === undefined || typeof text !== "string" ? text : (await import("@plan-ledger/render-markdown")).terminalText(text, layout),
    out
  )
}

/**
 * `plan-ledger show <view> --plan <id>`: projects one view of a plan and renders it.
 *
 * @category commands
 * @since 0.1.0
 */
export const show = async ({ values, positionals }: CommandInput<"show">, io: Io): Promise<ExitCode> => {
  const [view] = positionals
  const datedFacts = view === "partnerships" || view === "partnership" || view === "rollup"
  const planId = view === "plans" || datedFacts ? "" : requiredPlanId("show", "plan", values.plan, "lcsp-2009-10")
  const partnershipId = view === "partnership" ? required("show", "id", values.id, "cranbrook-paddock-wood") : ""
  const indicatorCode = view === "rollup" ? required("show", "indicator", values.indicator, '"NI 117"') : ""
  const filter = {
    status: values.status,
    lead: values.lead,
    dueBefore: dateOption("show", "due-before", values["due-before"]),
    overdueOn: dateOption("show", "overdue-on", values["overdue-on"])
  }
  const output: ShowOutput =
    values.format === "xlsx" ? workbookOutput(view, values.out) : { _tag: "Text", renderer: await rendererFor(values.format) }
  const tolerancePercent = toleranceOption(values.tolerance)
  const asked = askedPoint("show", values, planId)
  guardOut("show", values, io)
  const store = await openLedgerStore(values, io, "read")
  try {
    if (view === "history") {
      if (output._tag === "Workbook") throw notInWorkbook(view)
      return await printHistory(io, store, planId, asked, output.renderer, values.out)
    }
    const point = await resolvePoint(store, planId, asked)
    if (Result.isFailure(point)) {
      io.stderr(`error: ${point.failure}\n`)
      return ExitCode.input
    }
    const ledger = ledgerOver(withReplayProgress(store, io), io)
    // A partnership's facts carry their own dates, so --effective reads those, not the envelopes'.
    const { effectiveOn, ...recorded } = point.success
    // Only the ledger-wide views read the whole ledger; a plan's view reads its own streams, and
    // the prior plan's only for the variation statement, which opens from that plan's budget.
    const state = datedFacts
      ? await ledger.state(recorded)
      : view === "plans"
        ? await ledger.state(point.success)
        : await ledger.planState(planId, point.success, { priorPlan: view === "variations" })
    const shown = projectView(view, state, { planId, partnershipId, indicatorCode, effectiveOn }, filter, tolerancePercent)
    if (Result.isFailure(shown)) {
      io.stderr(`error: ${shown.failure.message}\n`)
      return ExitCode.input
    }
    if (output._tag === "Text") {
      await emitText(io, output.renderer, renderText(output.renderer, shown.success), values.out)
      return ExitCode.ok
    }
    const workbookView = shown.success
    if (workbookView.view === "plans" || workbookView.view === "partnership" || workbookView.view === "rollup") throw notInWorkbook(view)
    const { importSheet, renderXlsxView } = await import("@plan-ledger/render-xlsx")
    // Beside the view, the table it imports back as, in the importer's columns: the rows the CSV
    // output writes, read back into cells.
    const table = TABLE_OF_VIEW[view]
    const tables: Array<SheetTable> = []
    if (table !== undefined) {
      const rendered = await renderText(await rendererFor("csv"), workbookView)
      const { records } = readCsv(`${view}.csv`, isTextChunks(rendered) ? [...rendered.chunks].join("") : rendered)
      const [header, ...rows] = records.map((record) => record.fields.map((field) => field.value))
      tables.push(importSheet(tableSheetName(table), header ?? [], rows))
    }
    writeOut(io, await renderXlsxView(workbookView, tables), output.out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
