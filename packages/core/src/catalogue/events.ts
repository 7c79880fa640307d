import { Schema } from "effect"
import { NonEmptyTrimmedString } from "@plan-ledger/eventstore"
import { IndicatorUnit, Polarity } from "../plan/indicators/events.js"

const CatalogueId = NonEmptyTrimmedString

/**
 * A priority of the county Children and Young People's Plan (`1` … `8`).
 *
 * @category events
 * @since 0.2.0
 */
export const CountyPriorityCatalogued = Schema.TaggedStruct("CountyPriorityCatalogued", {
  catalogueId: CatalogueId,
  code: NonEmptyTrimmedString,
  title: NonEmptyTrimmedString
})

/**
 * A lettered outcome of a county plan priority (`1A`, `7C`).
 *
 * @category events
 * @since 0.2.0
 */
export const CountyOutcomeCatalogued = Schema.TaggedStruct("CountyOutcomeCatalogued", {
  catalogueId: CatalogueId,
  priorityCode: NonEmptyTrimmedString,
  code: NonEmptyTrimmedString,
  title: NonEmptyTrimmedString
})

/**
 * A key enabler of the county plan (`A` … `D`).
 *
 * @category events
 * @since 0.2.0
 */
export const KeyEnablerCatalogued = Schema.TaggedStruct("KeyEnablerCatalogued", {
  catalogueId: CatalogueId,
  code: NonEmptyTrimmedString,
  title: NonEmptyTrimmedString
})

/**
 * An entry of the National Indicator Set (`NI 117`): its title, and its unit and polarity where
 * the source states them (a list of indicators a plan supports often prints only code and title).
 *
 * @category events
 * @since 0.2.0
 */
export const NationalIndicatorCatalogued = Schema.TaggedStruct("NationalIndicatorCatalogued", {
  catalogueId: CatalogueId,
  code: NonEmptyTrimmedString,
  title: NonEmptyTrimmedString,
  unit: Schema.optional(IndicatorUnit),
  polarity: Schema.optional(Polarity)
})

/**
 * Every event of a reference catalogue: the county plan's priorities, outcomes and key enablers,
 * and National Indicator Set entries. Plans link to these codes; `check` reports a link to a code
 * no catalogue in the ledger holds.
 *
 * @category events
 * @since 0.2.0
 */
export const CatalogueEvent = Schema.Union([
  CountyPriorityCatalogued,
  CountyOutcomeCatalogued,
  KeyEnablerCatalogued,
  NationalIndicatorCatalogued
])

/**
 * @category events
 * @since 0.2.0
 */
export type CatalogueEvent = typeof CatalogueEvent.Type
