import type { EnvelopeFacts } from "@plan-ledger/eventstore"
import type { Accumulator } from "../internal/Accumulator.js"
import type { SliceHandlers } from "../internal/SliceHandlers.js"
import { budgetHandlers, emptyBudget } from "./budget/BudgetState.js"
import { contentHandlers, emptyContent } from "./content/ContentState.js"
import { emptyIndicators, indicatorHandlers } from "./indicators/IndicatorsState.js"
import type { PlanDrafted } from "./lifecycle/events.js"
import { drafted, lifecycleHandlers } from "./lifecycle/LifecycleState.js"
import type { PlanEvent } from "./PlanEvent.js"
import type { PlanState } from "./PlanState.js"
import { emptyStaffing, staffingHandlers } from "./staffing/StaffingState.js"

/**
 * The accumulator a plan fold owns: every slice's state, writable. Only folds inside core see it;
 * the public `PlanState` is read-only.
 */
export type PlanAccumulator = Accumulator<PlanState>

// Each slice's record is exhaustive over its own events; this record's type makes the composition
// exhaustive over every plan event but the draft, which starts the state.
const handlers: SliceHandlers<Exclude<PlanEvent, typeof PlanDrafted.Type>, PlanAccumulator> = {
  ...lifecycleHandlers,
  ...contentHandlers,
  ...budgetHandlers,
  ...staffingHandlers,
  ...indicatorHandlers
}

/**
 * Applies one event of a plan's stream to the plan's accumulator.
 *
 * The fold updates the accumulator in place and returns it, the way `Array.prototype.reduce` is
 * used with a fresh accumulator: replaying a million events this way costs no copying, and the
 * result still depends only on the events (no clock, no I/O). Start every fold from `undefined`
 * (no plan yet), never from a state another fold holds.
 */
export const evolve = (state: PlanAccumulator | undefined, event: PlanEvent, envelope: EnvelopeFacts): PlanAccumulator | undefined => {
  if (event._tag === "PlanDrafted") {
    return { ...drafted(event), ...emptyContent(), ...emptyBudget(), ...emptyStaffing(), ...emptyIndicators() }
  }
  if (state === undefined) return undefined
  // The record is indexed by the event's own tag, so the handler always matches the event.
  const handle = handlers[event._tag] as (state: PlanAccumulator, event: PlanEvent, envelope: EnvelopeFacts) => void
  handle(state, event, envelope)
  return state
}
