import type { DomainEvent } from "../event/DomainEvent.js"
import { CalendarDate } from "../period/Period.js"
import type { FoldableEvent } from "../event/EventEnvelope.js"

/**
 * Wraps event payloads with fixed provenance so a projection test can fold them without a store.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const foldable = (events: ReadonlyArray<DomainEvent>): ReadonlyArray<FoldableEvent> =>
  events.map((data) => ({ data, actor: "test", reason: "projection test", effectiveDate: CalendarDate.make("2009-04-01") }))
