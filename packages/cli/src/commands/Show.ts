import {
  ActionProgress,
  type ActionStatus,
  BudgetStatement,
  CurrentPlan,
  IndicatorRollUp,
  IndicatorScorecard,
  PartnershipList,
  type PartnershipNotFound,
  PartnershipProfile,
  type PlanNotFound,
  PlanList,
  StaffingTotals,
  Period,
  VariationStatement
} from "@plan-ledger/core"
import { Either } from "effect"
import { match } from "ts-pattern"
import { required } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, rendererFor } from "../Output.js"
import { withReplayProgress } from "../Progress.js"
import { type CommandInput, VIEWS } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { askedPoint, resolvePoint } from "../ViewPoint.js"
import { printHistory } from "./History.js"

const STATUSES: ReadonlyArray<ActionStatus> = ["not-started", "on-track", "completed", "slipped", "withdrawn"]

const dateOption = (option: string, value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  if (Period.parseCalendarDate(value) === undefined)
    throw new UsageError({ command: "show", detail: `--${option} "${value}" is not a date: write YYYY-MM-DD, such as 2009-09-01` })
  return value
}

/**
 * `plan-ledger show <view> --plan <id>`: projects one view of a plan and renders it.
 *
 * @category commands
 * @since 0.1.0
 */
export const show = async ({ values, positionals }: CommandInput<"show">, io: Io): Promise<ExitCode> => {
  const view = VIEWS.find((name) => name === positionals[0])
  if (view === undefined) throw new UsageError({ command: "show", detail: `say which view to show: ${VIEWS.join(", ")}` })
  const datedFacts = view === "partnerships" || view === "partnership" || view === "rollup"
  const ledgerWide = view === "plans" || datedFacts
  const planId = ledgerWide ? "" : required("show", "plan", values.plan, "lcsp-2009-10")
  const partnershipId = view === "partnership" ? required("show", "id", values.id, "cranbrook-paddock-wood") : ""
  const indicatorCode = view === "rollup" ? required("show", "indicator", values.indicator, '"NI 117"') : ""
  const status = values.status === undefined ? undefined : STATUSES.find((known) => known === values.status)
  if (values.status !== undefined && status === undefined)
    throw new UsageError({ command: "show", detail: `--status "${values.status}" is not a status: use ${STATUSES.join(", ")}` })
  const filter = {
    status,
    lead: values.lead,
    dueBefore: dateOption("due-before", values["due-before"]),
    overdueOn: dateOption("overdue-on", values["overdue-on"])
  }
  const renderer = await rendererFor(values.format, "show")
  const tolerancePercent = values.tolerance === undefined ? undefined : Number(values.tolerance)
  if (tolerancePercent !== undefined && !(tolerancePercent >= 0))
    throw new UsageError({ command: "show", detail: `--tolerance "${values.tolerance}" is not a percentage: write a number such as 5` })
  const asked = askedPoint("show", values, planId)
  const store = await openLedgerStore(values, io, "read")
  try {
    if (view === "history") return await printHistory(io, store, planId, asked, renderer, values.out)
    const point = await resolvePoint(store, planId, asked)
    if (Either.isLeft(point)) {
      io.stderr(`error: ${point.left}\n`)
      return ExitCode.input
    }
    const ledger = ledgerOver(withReplayProgress(store, io), io)
    // A partnership's facts carry their own dates, so --effective reads those, not the envelopes'.
    const { effectiveOn, ...recorded } = point.right
    // Only the ledger-wide views read the whole ledger; a plan's view reads its own streams.
    const state = datedFacts
      ? await ledger.state(recorded)
      : view === "plans"
        ? await ledger.state(point.right)
        : await ledger.planState(planId, point.right)
    const text = match(view)
      .returnType<Either.Either<string, PlanNotFound | PartnershipNotFound>>()
      .with("plans", () => Either.right(renderer.planList(PlanList.project(state))))
      .with("partnerships", () => Either.right(renderer.partnershipList(PartnershipList.project(state, { effectiveOn }))))
      .with("partnership", () => Either.map(PartnershipProfile.project(state, partnershipId), renderer.partnershipProfile))
      .with("rollup", () => Either.right(renderer.indicatorRollUp(IndicatorRollUp.project(state, indicatorCode, { effectiveOn }))))
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
    emit(io, text.right, values.out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
