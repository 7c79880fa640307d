import type { DomainEvent } from "../event/DomainEvent.js"
import type { FoldableEvent } from "../event/EventEnvelope.js"
import type { PartnershipEvent } from "../partnership/events.js"
import * as PartnershipState from "../partnership/PartnershipState.js"
import * as PlanState from "../plan/PlanState.js"
import type { EventStore, ReadAllOptions } from "../store/EventStore.js"

/**
 * The state of every plan and partnership in a ledger: the fold every projection reads.
 *
 * @category models
 * @since 0.1.0
 */
export interface LedgerState {
  readonly plans: Map<string, PlanState.PlanState>
  readonly partnerships: Map<string, PartnershipState.PartnershipState>
  /** How many events were folded. */
  eventCount: number
}

// Every partnership event type, as a record so a new one fails to compile until it is listed.
const partnershipEventTags: { readonly [Tag in PartnershipEvent["_tag"]]: true } = {
  PartnershipRegistered: true,
  ClusterTransformedToLcsp: true,
  PartnershipRenamed: true,
  PartnershipManagerAppointed: true,
  PartnershipBoardEstablished: true,
  PartnershipPopulationRecorded: true
}

const isPartnershipEvent = (event: DomainEvent): event is PartnershipEvent => Object.hasOwn(partnershipEventTags, event._tag)

/**
 * A fresh, empty ledger state.
 *
 * @category folds
 * @since 0.1.0
 */
export const initial = (): LedgerState => ({ plans: new Map(), partnerships: new Map(), eventCount: 0 })

const updateEntry = <Value>(
  entries: Map<string, Value>,
  key: string,
  next: (current: Value | undefined) => Value | undefined
): void => {
  const updated = next(entries.get(key))
  if (updated !== undefined) entries.set(key, updated)
}

/**
 * Applies one event to the ledger state (updating the accumulator it owns; see
 * `PlanState.evolve`).
 *
 * @category folds
 * @since 0.1.0
 */
export const evolve = (state: LedgerState, event: FoldableEvent): LedgerState => {
  const data = event.data
  if (isPartnershipEvent(data)) {
    updateEntry(state.partnerships, data.partnershipId, (current) => PartnershipState.evolve(current, data))
  } else {
    updateEntry(state.plans, data.planId, (current) => PlanState.evolve(current, data, event))
  }
  state.eventCount += 1
  return state
}

/**
 * Folds a sequence of events (for instance `store.readAll()`) into a ledger state, streaming.
 *
 * @category folds
 * @since 0.1.0
 */
export const replay = async (events: AsyncIterable<FoldableEvent> | Iterable<FoldableEvent>): Promise<LedgerState> => {
  let state = initial()
  for await (const event of events) state = evolve(state, event)
  return state
}

/**
 * Folds a whole store (or the part `options` selects) into a ledger state, through the store's
 * replay read: pages of payloads and provenance instead of whole recorded events, so nothing is
 * built that the fold does not read. The result equals `replay(store.readAll(options))`.
 *
 * @example
 * import { InMemoryEventStore, LedgerState } from "@plan-ledger/core"
 * const state = await LedgerState.fromStore(InMemoryEventStore.make())
 *
 * @category folds
 * @since 0.1.0
 */
export const fromStore = async (store: Pick<EventStore, "readAllForReplay">, options: ReadAllOptions = {}): Promise<LedgerState> => {
  const state = initial()
  for await (const page of store.readAllForReplay(options)) {
    for (const event of page) evolve(state, event)
  }
  return state
}
