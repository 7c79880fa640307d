import { PersonalData } from "@plan-ledger/eventstore"
import { Schema } from "effect"
import { BudgetEvent } from "./budget/events.js"
import { ContentEvent } from "./content/events.js"
import { IndicatorEvent } from "./indicators/events.js"
import { LifecycleEvent } from "./lifecycle/events.js"
import { StaffingEvent } from "./staffing/events.js"

/**
 * Every event of a plan's stream: the events of its slices (lifecycle, content, budget, staffing,
 * indicators), as one flat union (see `DomainEvent`).
 *
 * @category events
 * @since 0.1.0
 */
export const PlanEvent = Schema.Union([
  ...LifecycleEvent.members,
  ...ContentEvent.members,
  ...BudgetEvent.members,
  ...StaffingEvent.members,
  ...IndicatorEvent.members,
  PersonalData.PersonalDataErased
])

/**
 * @category events
 * @since 0.1.0
 */
export type PlanEvent = typeof PlanEvent.Type
