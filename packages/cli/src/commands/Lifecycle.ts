import { Period, type PlanCommand, type PlanKind } from "@plan-ledger/core"
import { planIdOption } from "../Arguments.js"
import { calendarOption, type EffectiveDefault, ledgerOver, openLedgerStore, provenanceFrom, type WhenMissing } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { reportLedgerError } from "../LedgerErrorExit.js"
import type { CommandInput, WriteValues } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { withWriteLog } from "../WriteLog.js"

/**
 * The period `--period` names (a financial or academic year, or a range of dates), or a usage
 * error saying how to write one.
 *
 * @category options
 * @since 0.1.0
 */
export const periodOption = (command: string, value: string): Period.Period => {
  const period = Period.fromText(value)
  if (period === undefined) {
    throw new UsageError({
      command,
      detail: `--period "${value}" is not a period: write a financial year (2009/10), an academic year ("2008/09 academic") or a range of dates (2008-09-01..2011-08-31)`
    })
  }
  return period
}

/**
 * The command that drafts a plan from the `draft` options (also used by `import --period`).
 *
 * @category commands
 * @since 0.1.0
 */
export const draftCommand = (
  command: string,
  planId: string,
  options: {
    readonly title?: string | undefined
    readonly period: string
    readonly kind?: PlanKind | undefined
    readonly owner?: string | undefined
    readonly priorPlan?: string | undefined
  }
): Extract<PlanCommand, { readonly _tag: "DraftPlan" }> => {
  return {
    _tag: "DraftPlan",
    planId,
    kind: options.kind ?? "service-business-plan",
    title: options.title ?? planId,
    ownerId: options.owner ?? "unassigned",
    period: periodOption(command, options.period),
    ...(options.priorPlan === undefined ? {} : { priorPlanId: options.priorPlan })
  }
}

// The date --on names, or a usage error saying how to write one.
const onOption = (command: string, value: string, example: string): Period.CalendarDate => calendarOption(command, "on", value, example)

// What each command records, as Ctrl-C names it.
const WORK = { draft: "draft", approve: "approval", supersede: "supersession" } as const

const execute = async (
  command: keyof typeof WORK,
  values: WriteValues,
  io: Io,
  planId: string,
  commands: ReadonlyArray<PlanCommand>,
  reason: string,
  effectiveDefault: EffectiveDefault,
  whenMissing: WhenMissing
): Promise<ExitCode> => {
  const provenance = provenanceFrom(values, io, command, reason, undefined, effectiveDefault)
  io.writes?.expect(WORK[command], [`the ${WORK[command]} of plan ${planId}`])
  const store = withWriteLog(await openLedgerStore(values, io, "write", whenMissing), io.writes)
  try {
    const outcome = await ledgerOver(store, io).executePlan(planId, commands, provenance)
    if (!outcome.ok) return reportLedgerError(io, outcome.error)
    io.stdout(
      outcome.events.length === 0
        ? `no change: plan ${planId} already records this\n`
        : `plan ${planId}: recorded ${outcome.events.map((event) => event.type).join(", ")}\n`
    )
    return ExitCode.ok
  } finally {
    await store.close()
  }
}

/**
 * `plan-ledger draft`: drafts a plan.
 *
 * @category commands
 * @since 0.1.0
 */
export const draft = async ({ values }: CommandInput<"draft">, io: Io): Promise<ExitCode> => {
  const planId = planIdOption("draft", "plan", values.plan)
  const command = draftCommand("draft", planId, {
    title: values.title,
    period: values.period,
    kind: values.kind,
    owner: values.owner,
    priorPlan: planIdOption("draft", "prior-plan", values["prior-plan"])
  })
  // A draft is in force from the start of the period it plans, whenever it is recorded.
  const start = Period.parseCalendarDate(Period.startDate(command.period))
  return execute(
    "draft",
    values,
    io,
    planId,
    [command],
    `drafted plan ${planId}`,
    start,
    values.create === true ? "create" : "offer-create"
  )
}

/**
 * `plan-ledger approve`: records a plan's approval.
 *
 * @category commands
 * @since 0.1.0
 */
export const approve = async ({ values }: CommandInput<"approve">, io: Io): Promise<ExitCode> => {
  const planId = planIdOption("approve", "plan", values.plan)
  const approvedBy = values.by
  const approvedOn = onOption("approve", values.on, "2009-03-16")
  return execute(
    "approve",
    values,
    io,
    planId,
    [{ _tag: "ApprovePlan", planId, approvedBy, approvedOn }],
    `approved by ${approvedBy} on ${approvedOn}`,
    approvedOn,
    "refuse"
  )
}

/**
 * `plan-ledger supersede`: records that one or more plans replaced a plan on a date.
 *
 * @category commands
 * @since 0.3.0
 */
export const supersede = async ({ values }: CommandInput<"supersede">, io: Io): Promise<ExitCode> => {
  const planId = planIdOption("supersede", "plan", values.plan)
  const successors = values.by.split(",").map((successor) => successor.trim())
  if (successors.some((successor) => successor === ""))
    throw new UsageError({
      command: "supersede",
      detail: `--by "${values.by}" names an empty plan id: separate plan ids with single commas`
    })
  for (const successor of successors) planIdOption("supersede", "by", successor)
  const supersededOn = onOption("supersede", values.on, "2008-09-01")
  return execute(
    "supersede",
    values,
    io,
    planId,
    successors.map((supersededBy): PlanCommand => ({ _tag: "SupersedePlan", planId, supersededBy, supersededOn })),
    `superseded by ${successors.join(", ")} on ${supersededOn}`,
    supersededOn,
    "refuse"
  )
}
