import { type EventStore, LedgerState, PlanHistory, PlanReport, type RecordedEvent } from "@plan-ledger/core"
import { Result } from "effect"
import { ledgerOver } from "./Context.js"
import type { Io } from "./Io.js"
import { withReplayProgress } from "./Progress.js"
import { type AskedPoint, planStream, resolveAgainst } from "./ViewPoint.js"

/**
 * Every view of a plan as it stood at the asked point, read from the store, with the plan's stream
 * it was read from; or the message saying why there is none (a point the plan has not reached, a
 * plan the ledger does not hold).
 *
 * @category options
 * @since 0.5.0
 */
export const readPlanReport = async (
  io: Io,
  store: EventStore,
  planId: string,
  asked: AskedPoint,
  options: { readonly today: string; readonly tolerancePercent: number | undefined }
): Promise<Result.Result<{ readonly report: PlanReport.PlanReport; readonly stream: ReadonlyArray<RecordedEvent> }, string>> => {
  const stream = await planStream(store, planId)
  const point = resolveAgainst(stream, planId, asked)
  if (Result.isFailure(point)) return Result.fail(point.failure)
  const history = PlanHistory.project(stream.filter((event) => LedgerState.selects(point.success, event)))
  const state = await ledgerOver(withReplayProgress(store, io), io).planState(planId, point.success, { planEvents: stream })
  const projected = PlanReport.project(state, planId, { ...options, history })
  return Result.isFailure(projected) ? Result.fail(projected.failure.message) : Result.succeed({ report: projected.success, stream })
}
