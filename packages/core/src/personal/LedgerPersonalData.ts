import { PersonalData } from "@plan-ledger/eventstore"
import type { NewEvent, RecordedEvent } from "../event/EventEnvelope.js"
import { LedgerEvents } from "../event/LedgerEvents.js"
import type { EventStore } from "../store/EventStore.js"

/**
 * A ledger store whose personal values are kept outside the hashed events and can be erased (what
 * `openStore` of `@plan-ledger/stores` opens).
 *
 * @category models
 * @since 0.4.0
 */
export type LedgerPersonalDataStore = PersonalData.PersonalDataStore<NewEvent, RecordedEvent>

/**
 * A ledger store over a store that keeps a personal vault (every store of this package family
 * does): the ledger's personal values — the actor and authority of every event, lead officers,
 * contacts, approvers, voice statements, progress notes — are kept in the vault and committed to
 * in the hashed events.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { personalDataStore } from "@plan-ledger/core/store"
 * const store = personalDataStore(InMemoryEventStore.make())
 *
 * @category constructors
 * @since 0.4.0
 */
export const personalDataStore = (store: EventStore): LedgerPersonalDataStore => PersonalData.withPersonalData(store, LedgerEvents)

/**
 * Where an event is, for a reader of personal data: its stream, type, when it was recorded and the
 * day it took effect.
 *
 * @category models
 * @since 0.4.0
 */
export interface EventPlace {
  readonly stream: string
  readonly type: string
  readonly recordedAt: string
  readonly effectiveDate: string
}

/**
 * The place of every event, by id, read from the events as hashed (no personal value is read).
 *
 * @category reading
 * @since 0.4.0
 */
export const eventPlaces = async (store: LedgerPersonalDataStore): Promise<ReadonlyMap<string, EventPlace>> => {
  const places = new Map<string, EventPlace>()
  for await (const event of store.personalData.committed.readAll() as AsyncIterable<RecordedEvent>) {
    places.set(event.eventId, { stream: event.stream, type: event.type, recordedAt: event.recordedAt, effectiveDate: event.effectiveDate })
  }
  return places
}
