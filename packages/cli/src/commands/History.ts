import { type EventStore, LedgerState, PlanHistory, PlanNotFound } from "@plan-ledger/core"
import { type Renderer } from "@plan-ledger/core/adapters"
import { StreamName } from "@plan-ledger/core/store"
import { Result } from "effect"
import { planIdOption } from "../Arguments.js"
import { openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, guardOut, type Rendered, rendererFor } from "../Output.js"
import type { CommandInput } from "../Spec.js"
import { type AskedPoint, askedPoint, planStream, resolveAgainst } from "../ViewPoint.js"

/**
 * Prints a plan's history as of the asked point: the events it selects, each with what it changed
 * (or the message saying why the point has nothing to show). What `history` and `show history`
 * both print.
 *
 * @category commands
 * @since 0.2.0
 */
export const printHistory = async (
  io: Io,
  store: EventStore,
  planId: string,
  asked: AskedPoint,
  renderer: Renderer<Rendered>,
  out: string | undefined
): Promise<ExitCode> => {
  const stream = await planStream(store, planId)
  if (stream.length === 0) {
    const planStreams = await store.streamNames(StreamName.forPlan(""))
    const knownPlanIds = planStreams.map((name) => name.slice(StreamName.forPlan("").length))
    io.stderr(`error: ${new PlanNotFound({ planId, knownPlanIds }).message}\n`)
    return ExitCode.input
  }
  const point = resolveAgainst(stream, planId, asked)
  if (Result.isFailure(point)) {
    io.stderr(`error: ${point.failure}\n`)
    return ExitCode.input
  }
  emit(io, await renderer.history(planId, PlanHistory.project(stream.filter((event) => LedgerState.selects(point.success, event)))), out)
  return ExitCode.ok
}

/**
 * `plan-ledger history --plan <id>`: every change to a plan, in order, with its provenance and a
 * one-line summary of what it changed.
 *
 * @category commands
 * @since 0.2.0
 */
export const history = async ({ values }: CommandInput<"history">, io: Io): Promise<ExitCode> => {
  const planId = planIdOption("history", "plan", values.plan)
  const asked = askedPoint("history", values, planId)
  const renderer = await rendererFor(values.format)
  guardOut("history", values, io)
  const store = await openLedgerStore(values, io, "read")
  try {
    return await printHistory(io, store, planId, asked, renderer, values.out)
  } finally {
    await store.close()
  }
}
