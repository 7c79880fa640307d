import { Schema } from "effect"
import { BudgetEvent } from "../budget/events.js"
import { IndicatorEvent } from "../indicator/events.js"
import { PartnershipEvent } from "../partnership/events.js"
import { PlanContentEvent } from "../plan/events.js"
import { StaffingEvent } from "../staffing/events.js"

/**
 * Every event of a plan's stream: lifecycle and content, budget, staffing and indicators.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanEvent = Schema.Union(PlanContentEvent, BudgetEvent, StaffingEvent, IndicatorEvent)

/**
 * @category events
 * @since 0.1.0
 */
export type PlanEvent = typeof PlanEvent.Type

/**
 * Every event the ledger can hold — the payload of an event envelope. Its `_tag` is the
 * envelope's `type`.
 *
 * @category events
 * @since 0.1.0
 */
export const DomainEvent = Schema.Union(PartnershipEvent, PlanEvent)

/**
 * @category events
 * @since 0.1.0
 */
export type DomainEvent = typeof DomainEvent.Type

/**
 * The name of every event type.
 *
 * @category events
 * @since 0.1.0
 */
export type DomainEventType = DomainEvent["_tag"]
