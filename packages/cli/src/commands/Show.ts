import {
  ActionProgress,
  type ActionStatus,
  BudgetStatement,
  CurrentPlan,
  IndicatorScorecard,
  LedgerState,
  PlanHistory,
  PlanList,
  StaffingTotals,
  StreamName,
  VariationStatement
} from "@plan-ledger/core"
import { Either } from "effect"
import { match } from "ts-pattern"
import { dateOption, required, toleranceOption } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, rendererFor } from "../Output.js"
import { withReplayProgress } from "../Progress.js"
import { type CommandInput, VIEWS } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { askedPoint, resolvePoint } from "../ViewPoint.js"

const STATUSES: ReadonlyArray<ActionStatus> = ["not-started", "on-track", "completed", "slipped", "withdrawn"]

/**
 * `plan-ledger show <view> --plan <id>`: projects one view of a plan and renders it.
 *
 * @category commands
 * @since 0.1.0
 */
export const show = async ({ values, positionals }: CommandInput<"show">, io: Io): Promise<ExitCode> => {
  const view = VIEWS.find((name) => name === positionals[0])
  if (view === undefined) throw new UsageError({ command: "show", detail: `say which view to show: ${VIEWS.join(", ")}` })
  const planId = view === "plans" ? "" : required("show", "plan", values.plan, "lcsp-2009-10")
  const status = values.status === undefined ? undefined : STATUSES.find((known) => known === values.status)
  if (values.status !== undefined && status === undefined)
    throw new UsageError({ command: "show", detail: `--status "${values.status}" is not a status: use ${STATUSES.join(", ")}` })
  const filter = {
    status,
    lead: values.lead,
    dueBefore: dateOption("show", "due-before", values["due-before"]),
    overdueOn: dateOption("show", "overdue-on", values["overdue-on"])
  }
  const renderer = await rendererFor(values.format, "show")
  const tolerancePercent = toleranceOption("show", values.tolerance)
  const asked = askedPoint("show", values, planId)
  const store = await openLedgerStore(values, io, "read")
  try {
    const point = await resolvePoint(store, planId, asked)
    if (Either.isLeft(point)) {
      io.stderr(`error: ${point.left}\n`)
      return ExitCode.input
    }
    if (view === "history") {
      const entries = await PlanHistory.project(store.readStream(StreamName.forPlan(planId)))
      if (entries.length === 0) {
        io.stderr(`error: no plan "${planId}" in the ledger: draft or import it first\n`)
        return ExitCode.input
      }
      emit(
        io,
        await renderer.history(
          planId,
          entries.filter((entry) => LedgerState.selects(point.right, entry))
        ),
        values.out
      )
      return ExitCode.ok
    }
    const ledger = ledgerOver(withReplayProgress(store, io), io)
    const state = await ledger.state(point.right)
    const text = match(view)
      .with("plans", () => Either.right(renderer.planList(PlanList.project(state))))
      .with("actions", () => Either.map(ActionProgress.project(state, planId, filter), renderer.actionProgress))
      .with("plan", () => Either.map(CurrentPlan.project(state, planId), renderer.currentPlan))
      .with("budget", () => Either.map(BudgetStatement.project(state, planId), renderer.budgetStatement))
      .with("variations", () => Either.map(VariationStatement.project(state, planId), renderer.variationStatement))
      .with("staffing", () => Either.map(StaffingTotals.project(state, planId), renderer.staffingTotals))
      .with("scorecard", () =>
        Either.map(
          IndicatorScorecard.project(state, planId, tolerancePercent === undefined ? {} : { tolerancePercent }),
          renderer.scorecard
        )
      )
      .exhaustive()
    if (Either.isLeft(text)) {
      io.stderr(`error: ${text.left.message}\n`)
      return ExitCode.input
    }
    emit(io, await text.right, values.out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
