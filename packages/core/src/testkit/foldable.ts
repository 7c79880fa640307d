import type { DomainEvent } from "../event/DomainEvent.js"
import { CalendarDate } from "../period/Period.js"
import type { FoldableEvent } from "../event/EventEnvelope.js"
import { CURRENT_SCHEMA_VERSION } from "../event/SchemaVersion.js"

/**
 * Wraps event payloads with fixed provenance so a projection test can fold them without a store.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const foldable = (events: ReadonlyArray<DomainEvent>): ReadonlyArray<FoldableEvent> =>
  events.map((data) => ({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    data,
    actor: "test",
    reason: "projection test",
    effectiveDate: CalendarDate.make("2009-04-01")
  }))
