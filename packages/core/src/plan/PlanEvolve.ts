import type { EnvelopeFacts, PersonalData } from "@plan-ledger/eventstore"
import type { Accumulator } from "../internal/Accumulator.js"
import { hasTagIn } from "../internal/hasTagIn.js"
import type { LifecycleEvent } from "./lifecycle/events.js"
import * as LifecycleDecider from "./lifecycle/LifecycleDecider.js"
import type { PlanEvent } from "./PlanEvent.js"
import * as PlanSlices from "./PlanSlices.js"
import type { PlanState } from "./PlanState.js"

/**
 * The accumulator a plan fold owns: every slice's state, writable. Only folds inside core see it;
 * the public `PlanState` is read-only.
 */
export type PlanAccumulator = Accumulator<PlanState>

const isSliceEvent = hasTagIn<Exclude<PlanEvent, LifecycleEvent | PersonalData.PersonalDataErased>>(PlanSlices.events)

/**
 * Applies one event of a plan's stream to the plan's accumulator: a lifecycle event to the
 * lifecycle slice's decider, which a draft starts (with every other slice empty); any other event
 * to the slice that owns it (`PlanSlices`). An erasure of personal data changes no state: the values
 * it erased read "erased on <date>" in the events that held them.
 *
 * The slices update the accumulator in place and return it, the way `Array.prototype.reduce` is
 * used with a fresh accumulator: replaying a million events this way costs no copying, and the
 * result still depends only on the events (no clock, no I/O). Start every fold from `undefined`
 * (no plan yet), never from a state another fold holds.
 */
export const evolve = (plan: PlanAccumulator | undefined, event: PlanEvent, envelope: EnvelopeFacts): PlanAccumulator | undefined => {
  if (event._tag === "PersonalDataErased") return plan
  if (isSliceEvent(event)) return plan === undefined ? undefined : PlanSlices.decider.evolve(plan, event, envelope)
  const lifecycle = LifecycleDecider.decider.evolve(plan, event, envelope)
  if (lifecycle === undefined) return undefined
  // The slices' initial states are fresh accumulators, and the lifecycle's is the accumulator it
  // was handed or a fresh one.
  if (plan === undefined || event._tag === "PlanDrafted") return { ...lifecycle, ...PlanSlices.decider.initialState() } as PlanAccumulator
  return { ...plan, ...lifecycle } as PlanAccumulator
}
