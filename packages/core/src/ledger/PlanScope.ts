import type { RecordedEvent } from "../event/EventEnvelope.js"
import * as StreamName from "../event/StreamName.js"
import { evolve, initial } from "../internal/LedgerFold.js"
import type { PlanState } from "../plan/PlanState.js"
import type { EventStore } from "../store/EventStore.js"
import { type LedgerState, selects, type ViewPoint } from "./LedgerState.js"

const CATALOGUE_STREAMS = StreamName.forCatalogue("")
const PLAN_STREAMS = StreamName.forPlan("")

const selected = async (store: Pick<EventStore, "readStream">, stream: string, point: ViewPoint): Promise<Array<RecordedEvent>> => {
  const events: Array<RecordedEvent> = []
  for await (const event of store.readStream(stream)) if (selects(point, event)) events.push(event)
  return events
}

/**
 * Which of the streams a plan refers to a view needs besides the plan's own, its partnership's
 * and the catalogues': the prior plan's only matters to the views that read it (the variation
 * statement opens from its budget; the reconciliation findings compare restated prior-year
 * figures with it), so the others can leave it out.
 *
 * @category models
 * @since 0.3.0
 */
export interface Scope {
  readonly priorPlan?: boolean
  /** The plan's whole stream, when the caller has read it already: it is then not read again. */
  readonly planEvents?: ReadonlyArray<RecordedEvent>
}

/**
 * Every stream a plan refers to: what `check` and `report` read.
 *
 * @category constants
 * @since 0.3.0
 */
export const WITH_PRIOR_PLAN: Scope = { priorPlan: true }

/**
 * The part of the ledger state one plan's views read, folded from the streams that hold it and
 * nothing else: the plan's own stream, the prior plan's it is compared with, its owning
 * partnership's and every reference catalogue's — each as of the view point (`ViewPoint`); the
 * prior plan's unless the scope leaves it out. Each
 * plan, partnership and catalogue in it equals its state in the whole ledger's fold at the same
 * point (every fold reads only its own stream, and the streams are merged in global order), so
 * every projection of the plan reads the same figures; `eventCount` counts the events of these
 * streams only. `undefined` when the plan has no state at the point (never drafted, or drafted
 * later), so the caller can say which plans the ledger does hold. A caller that has read the
 * plan's stream already (to resolve the view point, or for its history) passes it as the scope's
 * `planEvents`, and it is not read again.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { PlanScope } from "@plan-ledger/core/store"
 * const state = await PlanScope.fromStore(InMemoryEventStore.make(), "lcsp-2009-10") // undefined: no such plan
 *
 * @category folds
 * @since 0.3.0
 */
export const fromStore = (
  store: Pick<EventStore, "readStream" | "streamNames">,
  planId: string,
  point: ViewPoint = {},
  scope: Scope = WITH_PRIOR_PLAN
): Promise<LedgerState | undefined> => scoped(store, planId, point, scope, async () => [])

/**
 * Like `fromStore`, and the plans related to this one as well: the plans its budget lines carry
 * and every other plan of the same owner (a partnership's local plans beside its budget), found
 * by the first event of each plan's stream. What `check --with-related` compares the plan with.
 * A plan whose lines carry this one is not found from here: that link is recorded in the carrying
 * plan's stream.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { PlanScope } from "@plan-ledger/core/store"
 * const state = await PlanScope.withRelatedPlans(InMemoryEventStore.make(), "lcsp-2009-10") // undefined: no such plan
 *
 * @category folds
 * @since 0.3.0
 */
export const withRelatedPlans = (
  store: Pick<EventStore, "readStream" | "streamNames">,
  planId: string,
  point: ViewPoint = {}
): Promise<LedgerState | undefined> =>
  scoped(store, planId, point, WITH_PRIOR_PLAN, async (plan) => [
    ...[...plan.budgetLines.values()].flatMap((line) => (line.carriedPlanId === undefined ? [] : [line.carriedPlanId])),
    ...(await plansOwnedBy(store, plan.ownerId, point))
  ])

// The plans drafted for an owner by the view point, read from the first event of each plan stream.
const plansOwnedBy = async (store: Pick<EventStore, "readStream" | "streamNames">, ownerId: string, point: ViewPoint) => {
  const owned: Array<string> = []
  for (const stream of await store.streamNames(PLAN_STREAMS)) {
    for await (const first of store.readStream(stream, { toRevision: 0 })) {
      if (first.data._tag === "PlanDrafted" && first.data.ownerId === ownerId && selects(point, first)) owned.push(first.data.planId)
    }
  }
  return owned
}

const scoped = async (
  store: Pick<EventStore, "readStream" | "streamNames">,
  planId: string,
  point: ViewPoint,
  scope: Scope,
  relatedPlanIds: (plan: PlanState) => Promise<ReadonlyArray<string>>
): Promise<LedgerState | undefined> => {
  const state = initial()
  const planStream =
    scope.planEvents === undefined
      ? await selected(store, StreamName.forPlan(planId), point)
      : scope.planEvents.filter((event) => selects(point, event))
  for (const event of planStream) evolve(state, event)
  const plan = state.plans.get(planId)
  if (plan === undefined) return undefined
  const priorPlanIds = scope.priorPlan === false || plan.priorPlanId === undefined ? [] : [plan.priorPlanId]
  const otherPlanIds = new Set([...priorPlanIds, ...(await relatedPlanIds(plan))])
  otherPlanIds.delete(planId)
  const streams = [
    ...[...otherPlanIds].map(StreamName.forPlan),
    StreamName.forPartnership(plan.ownerId),
    ...(await store.streamNames(CATALOGUE_STREAMS))
  ]
  const references = (await Promise.all(streams.map((stream) => selected(store, stream, point)))).flat()
  references.sort((first, second) => first.globalPosition - second.globalPosition)
  for (const event of references) evolve(state, event)
  return state
}
