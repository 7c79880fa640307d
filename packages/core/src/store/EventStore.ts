import type { EventStore as KernelEventStore, SealedImport } from "@plan-ledger/eventstore"
import type { NewEvent, RecordedEvent } from "../event/EventEnvelope.js"

/**
 * The ledger's storage port: the event store's port for the ledger's events. Every store package
 * implements the generic port; opened with `LedgerEvents`, a store is one of these.
 *
 * @category ports
 * @since 0.1.0
 */
export type EventStore = KernelEventStore<NewEvent, RecordedEvent>

/**
 * A ledger store that can take events already sealed by another store (a copy).
 *
 * @category ports
 * @since 0.1.0
 */
export type SealedImportTarget = SealedImport.SealedImportTarget<NewEvent, RecordedEvent>
