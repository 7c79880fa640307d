import { InMemoryEventStore } from "@plan-ledger/eventstore"
import { LedgerEvents } from "../event/LedgerEvents.js"

/**
 * An in-memory store of the ledger's events: for tests, examples and throw-away projections.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * const store = InMemoryEventStore.make()
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = () => InMemoryEventStore.make(LedgerEvents)
