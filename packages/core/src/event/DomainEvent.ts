import { Schema } from "effect"
import { CatalogueEvent } from "../catalogue/events.js"
import { PartnershipEvent } from "../partnership/events.js"
import { PlanEvent } from "../plan/PlanEvent.js"

/**
 * Every event the ledger can hold — the payload of an event envelope. Its `_tag` is the
 * envelope's `type`.
 *
 * One flat union of every payload rather than a union of the families' unions: a payload is
 * matched by its `_tag` against its own type's schema alone, so what is wrong with it is reported
 * at its own field, and a payload of no known type is reported as that, instead of once for each
 * family it does not belong to.
 *
 * @category events
 * @since 0.1.0
 */
export const DomainEvent = Schema.Union([...PartnershipEvent.members, ...PlanEvent.members, ...CatalogueEvent.members]).annotate({
  expected: "the payload of a known event type"
})

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
