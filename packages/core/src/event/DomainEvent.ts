import { Schema } from "effect"
import { CatalogueEvent } from "../catalogue/events.js"
import { PartnershipEvent } from "../partnership/events.js"
import { PlanEvent } from "../plan/PlanEvent.js"

/**
 * Every event the ledger can hold — the payload of an event envelope. Its `_tag` is the
 * envelope's `type`.
 *
 * @category events
 * @since 0.1.0
 */
export const DomainEvent = Schema.Union(PartnershipEvent, PlanEvent, CatalogueEvent)

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
