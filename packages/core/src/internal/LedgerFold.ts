import type { CatalogueEvent } from "../catalogue/events.js"
import { evolve as evolveCatalogue, type CatalogueState } from "../catalogue/CatalogueState.js"
import type { DomainEvent } from "../event/DomainEvent.js"
import { upcast } from "../event/Upcaster.js"
import type { FoldableEvent } from "../event/EventEnvelope.js"
import type { PartnershipEvent } from "../partnership/events.js"
import { evolve as evolvePartnership } from "../partnership/PartnershipEvolve.js"
import type { PartnershipState } from "../partnership/PartnershipState.js"
import { evolve as evolvePlan, type PlanAccumulator } from "../plan/PlanEvolve.js"
import type { Accumulator } from "./Accumulator.js"
import { hasTagIn } from "./hasTagIn.js"

/**
 * The ledger fold's own writable accumulator; callers only ever see the read-only `LedgerState`
 * it is returned as.
 */
export interface LedgerAccumulator {
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
  PartnershipBoardAgencyJoined: true,
  PartnershipPopulationRecorded: true,
  PartnershipSettingsCounted: true
})

const isCatalogueEvent = hasTagIn<CatalogueEvent>({
  CountyPriorityCatalogued: true,
  CountyOutcomeCatalogued: true,
  KeyEnablerCatalogued: true,
  NationalIndicatorCatalogued: true
})

/** The accumulator of a ledger with no events. */
export const initial = (): LedgerAccumulator => ({ plans: new Map(), partnerships: new Map(), catalogues: new Map(), eventCount: 0 })

const updateEntry = <Value>(entries: Map<string, Value>, key: string, next: (current: Value | undefined) => Value | undefined): void => {
  const updated = next(entries.get(key))
  if (updated !== undefined) entries.set(key, updated)
}

/**
 * Routes one event to its plan's, partnership's or catalogue's fold, updating the accumulator in
 * place (see the plan fold for why folds own their accumulator). An erasure changes no state: the
 * values it erased already read "erased on <date>" in the events that held them.
 */
export const evolve = (state: LedgerAccumulator, event: FoldableEvent): void => {
  const data: DomainEvent = upcast(event.schemaVersion, event.data)
  if (isPartnershipEvent(data)) {
    updateEntry(state.partnerships, data.partnershipId, (current) => evolvePartnership(current, data))
  } else if (isCatalogueEvent(data)) {
    updateEntry(state.catalogues, data.catalogueId, (current) => evolveCatalogue(current, data))
  } else if (data._tag !== "PersonalDataErased") {
    updateEntry(state.plans, data.planId, (current) => evolvePlan(current, data, event))
  }
  state.eventCount += 1
}

/** Whether an event is in force on a business date (every event is, when no date is given). */
export const inForce = (effectiveOn: string | undefined, event: FoldableEvent): boolean =>
  effectiveOn === undefined || event.effectiveDate <= effectiveOn

/**
 * Folds a store's replay pages onto the accumulator, keeping only the events in force on
 * `effectiveOn` when it is given, and returns the accumulator.
 */
export const foldPages = async (
  state: LedgerAccumulator,
  pages: AsyncIterable<ReadonlyArray<FoldableEvent>>,
  effectiveOn: string | undefined
): Promise<LedgerAccumulator> => {
  for await (const page of pages) {
    for (const event of page) if (inForce(effectiveOn, event)) evolve(state, event)
  }
  return state
}
