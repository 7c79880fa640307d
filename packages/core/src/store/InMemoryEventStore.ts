import { InMemoryEventStore } from "@plan-ledger/eventstore"
import type { NewEvent, RecordedEvent } from "../event/EventEnvelope.js"
import { LedgerEvents } from "../event/LedgerEvents.js"
import type { SealedImportTarget } from "./EventStore.js"

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
export const make = (): SealedImportTarget & {
  /** Replaces the stored record at a global position — for tamper-detection tests only. */
  readonly tamperForTesting: (globalPosition: number, edit: (record: RecordedEvent) => unknown) => void
} => InMemoryEventStore.make<NewEvent, RecordedEvent>(LedgerEvents)
