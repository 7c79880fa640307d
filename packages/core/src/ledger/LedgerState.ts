import type { CatalogueEvent } from "../catalogue/events.js"
import { evolve as evolveCatalogue, type CatalogueState } from "../catalogue/CatalogueState.js"
import type { DomainEvent } from "../event/DomainEvent.js"
import type { FoldableEvent } from "../event/EventEnvelope.js"
import { hasTagIn } from "../internal/hasTagIn.js"
import type { PartnershipEvent } from "../partnership/events.js"
import { evolve as evolvePartnership } from "../partnership/PartnershipEvolve.js"
import type { PartnershipState } from "../partnership/PartnershipState.js"
import { evolve as evolvePlan, type PlanAccumulator } from "../plan/PlanEvolve.js"
import type { PlanState } from "../plan/PlanState.js"
import type { Accumulator } from "../internal/Accumulator.js"
import type { EventStore, ReadAllOptions } from "../store/EventStore.js"

/**
 * The state of every plan and partnership in a ledger: the fold every projection reads.
 *
 * @category models
 * @since 0.1.0
 */
export interface LedgerState {
  readonly plans: ReadonlyMap<string, PlanState>
  readonly partnerships: ReadonlyMap<string, PartnershipState>
  /** The reference catalogues (county plan, National Indicator Set) by id. */
  readonly catalogues: ReadonlyMap<string, CatalogueState>
  /** How many events were folded. */
  readonly eventCount: number
}

// The fold's own writable accumulator; callers only ever see the read-only `LedgerState`.
interface LedgerAccumulator {
  readonly plans: Map<string, PlanAccumulator>
  readonly partnerships: Map<string, Accumulator<PartnershipState>>
  readonly catalogues: Map<string, Accumulator<CatalogueState>>
  eventCount: number
}

const isPartnershipEvent = hasTagIn<PartnershipEvent>({
  PartnershipRegistered: true,
  ClusterTransformedToLcsp: true,
  PartnershipRenamed: true,
  PartnershipManagerAppointed: true,
  PartnershipBoardEstablished: true,
  PartnershipPopulationRecorded: true
})

const isCatalogueEvent = hasTagIn<CatalogueEvent>({
  CountyPriorityCatalogued: true,
  CountyOutcomeCatalogued: true,
  KeyEnablerCatalogued: true,
  NationalIndicatorCatalogued: true
})

const initial = (): LedgerAccumulator => ({ plans: new Map(), partnerships: new Map(), catalogues: new Map(), eventCount: 0 })

const updateEntry = <Value>(entries: Map<string, Value>, key: string, next: (current: Value | undefined) => Value | undefined): void => {
  const updated = next(entries.get(key))
  if (updated !== undefined) entries.set(key, updated)
}

// Routes one event to its plan's, partnership's or catalogue's fold, updating the accumulator in place (see
// the plan fold for why folds own their accumulator).
const evolve = (state: LedgerAccumulator, event: FoldableEvent): void => {
  const data: DomainEvent = event.data
  if (isPartnershipEvent(data)) {
    updateEntry(state.partnerships, data.partnershipId, (current) => evolvePartnership(current, data))
  } else if (isCatalogueEvent(data)) {
    updateEntry(state.catalogues, data.catalogueId, (current) => evolveCatalogue(current, data))
  } else {
    updateEntry(state.plans, data.planId, (current) => evolvePlan(current, data, event))
  }
  state.eventCount += 1
}

/**
 * Folds a sequence of events (for instance `store.readAll()`) into a ledger state, streaming.
 *
 * @category folds
 * @since 0.1.0
 */
export const replay = async (events: AsyncIterable<FoldableEvent> | Iterable<FoldableEvent>): Promise<LedgerState> => {
  const state = initial()
  for await (const event of events) evolve(state, event)
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
