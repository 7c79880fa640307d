import { EventSchema } from "@plan-ledger/eventstore"
import { DomainEvent } from "./DomainEvent.js"
import { NewEvent, RecordedEvent } from "./EventEnvelope.js"

/**
 * The ledger's events as a store sees them: every store holding a ledger is opened with this, so
 * it validates each append against the domain's schemas (each event against its own type's schema
 * alone) and decodes every stored event with them when it verifies.
 *
 * @example
 * import { LedgerEvents } from "@plan-ledger/core/store"
 * import { InMemoryEventStore } from "@plan-ledger/eventstore"
 * const store = InMemoryEventStore.make(LedgerEvents)
 *
 * @category schemas
 * @since 0.3.0
 */
export const LedgerEvents = EventSchema.make({ newEvent: NewEvent, recordedEvent: RecordedEvent, payloads: DomainEvent })
