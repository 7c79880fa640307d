import { Period, PlanDiff } from "@plan-ledger/core"
import { Result } from "effect"
import { planIdOption } from "../Arguments.js"
import { ledgerOver, openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, guardOut, rendererFor } from "../Output.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { diffPoint, planStream, resolveAgainst } from "../ViewPoint.js"

/**
 * `plan-ledger diff --plan <id> --from <point> --to <point>`: the field-level difference of a plan
 * between two points on either time axis, each difference attributed to the events that caused it.
 *
 * @category commands
 * @since 0.2.0
 */
export const diff = async ({ values }: CommandInput<"diff">, io: Io): Promise<ExitCode> => {
  const planId = planIdOption("diff", "plan", values.plan)
  if (values.effective !== undefined && Period.parseCalendarDate(values.effective) === undefined)
    throw new UsageError({
      command: "diff",
      detail: `--effective "${values.effective}" is not a date: write YYYY-MM-DD, such as 2009-06-30`
    })
  const from = diffPoint("from", values.from, values.effective)
  const to = diffPoint("to", values.to ?? "now", values.effective)
  const renderer = await rendererFor(values.format)
  guardOut("diff", values, io)
  const store = await openLedgerStore(values, io, "read")
  try {
    const history = await planStream(store, planId)
    const points = Result.all([resolveAgainst(history, planId, from.asked), resolveAgainst(history, planId, to.asked)])
    if (Result.isFailure(points)) {
      io.stderr(`error: ${points.failure}\n`)
      return ExitCode.input
    }
    const [fromPoint, toPoint] = points.success
    const ledger = ledgerOver(withReplayProgress(store, io), io)
    const projected = PlanDiff.project({ from: await ledger.state(fromPoint), to: await ledger.state(toPoint), history }, planId, {
      from: { label: from.label, point: fromPoint },
      to: { label: to.label, point: toPoint }
    })
    if (Result.isFailure(projected)) {
      io.stderr(`error: ${projected.failure.message}\n`)
      return ExitCode.input
    }
    emit(io, await renderer.diff(projected.success), values.out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
