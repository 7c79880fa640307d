import type { Accumulator } from "../internal/Accumulator.js"
import type {
  CatalogueEvent,
  CountyOutcomeCatalogued,
  CountyPriorityCatalogued,
  KeyEnablerCatalogued,
  NationalIndicatorCatalogued
} from "./events.js"

/**
 * A reference catalogue as it stands: its entries by code (the payload that last set each).
 *
 * @category models
 * @since 0.2.0
 */
export interface CatalogueState {
  readonly catalogueId: string
  readonly countyPriorities: ReadonlyMap<string, typeof CountyPriorityCatalogued.Type>
  readonly countyOutcomes: ReadonlyMap<string, typeof CountyOutcomeCatalogued.Type>
  readonly keyEnablers: ReadonlyMap<string, typeof KeyEnablerCatalogued.Type>
  readonly nationalIndicators: ReadonlyMap<string, typeof NationalIndicatorCatalogued.Type>
}

// One handler per catalogue event; the mapped type makes the record exhaustive.
const handlers: {
  readonly [Tag in CatalogueEvent["_tag"]]: (
    state: Accumulator<CatalogueState>,
    event: Extract<CatalogueEvent, { readonly _tag: Tag }>
  ) => void
} = {
  CountyPriorityCatalogued: (state, entry) => {
    state.countyPriorities.set(entry.code, entry)
  },
  CountyOutcomeCatalogued: (state, entry) => {
    state.countyOutcomes.set(entry.code, entry)
  },
  KeyEnablerCatalogued: (state, entry) => {
    state.keyEnablers.set(entry.code, entry)
  },
  NationalIndicatorCatalogued: (state, entry) => {
    state.nationalIndicators.set(entry.code, entry)
  }
}

/**
 * Applies one event of a catalogue's stream to its accumulator; the first event starts it.
 *
 * @category folds
 * @since 0.2.0
 */
export const evolve = (state: Accumulator<CatalogueState> | undefined, event: CatalogueEvent): Accumulator<CatalogueState> => {
  const catalogue = state ?? {
    catalogueId: event.catalogueId,
    countyPriorities: new Map(),
    countyOutcomes: new Map(),
    keyEnablers: new Map(),
    nationalIndicators: new Map()
  }
  // The record is indexed by the event's own tag, so the handler always matches the event.
  const handle = handlers[event._tag] as (state: Accumulator<CatalogueState>, event: CatalogueEvent) => void
  handle(catalogue, event)
  return catalogue
}
