import { Schema } from "effect"
import { BudgetEvent } from "./budget/events.js"
import { ContentEvent } from "./content/events.js"
import { IndicatorEvent } from "./indicators/events.js"
import { LifecycleEvent } from "./lifecycle/events.js"
import { StaffingEvent } from "./staffing/events.js"

/**
 * Every event of a plan's stream: the union of its slices' events (lifecycle, content, budget,
 * staffing, indicators).
 *
 * @category events
 * @since 0.1.0
 */
export const PlanEvent = Schema.Union(LifecycleEvent, ContentEvent, BudgetEvent, StaffingEvent, IndicatorEvent)

/**
 * @category events
 * @since 0.1.0
 */
export type PlanEvent = typeof PlanEvent.Type
