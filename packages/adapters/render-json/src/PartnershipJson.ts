import { type IndicatorRollUp, type PartnershipList, type PartnershipOnDate, type PartnershipProfile, Period } from "@plan-ledger/core"
import { planListJson } from "./PlanJson.js"

type Counts = Readonly<Record<string, number>>

// A dated fact or a count as core holds it, written as it is.
type Dated = object

/**
 * The partnerships on a date in the JSON contract.
 *
 * @category contract
 * @since 0.3.0
 */
export interface PartnershipListJson {
  readonly effectiveOn: string | null
  readonly partnerships: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly kind: string
    readonly transformedOn: string | null
    readonly manager: Dated | null
    readonly board: { readonly establishedOn: string; readonly agencies: ReadonlyArray<string> } | null
    readonly population: Counts
  }>
  readonly county: {
    readonly id: string | null
    readonly name: string | null
    readonly population: Counts
    readonly stated: Counts | null
    readonly differences: ReadonlyArray<Dated>
  }
}

/**
 * One partnership's record in the JSON contract.
 *
 * @category contract
 * @since 0.3.0
 */
export interface PartnershipProfileJson {
  readonly id: string
  readonly name: string
  readonly formerNames: ReadonlyArray<string>
  readonly area: string
  readonly registeredAs: string
  readonly kind: string
  readonly transformedOn: string | null
  readonly managers: ReadonlyArray<Dated>
  readonly board: { readonly establishedOn: string; readonly agencies: ReadonlyArray<Dated> } | null
  readonly populationCounts: ReadonlyArray<Dated>
  readonly settingsCounts: ReadonlyArray<Dated>
  readonly plans: ReadonlyArray<Readonly<Record<string, unknown>>>
}

const counts = (population: PartnershipOnDate.PartnershipOnDate["population"]): Counts =>
  Object.fromEntries(Object.entries(population).flatMap(([ageBand, counted]) => (counted === undefined ? [] : [[ageBand, counted.count]])))

/**
 * The partnerships on a date and the county roll-up in the JSON contract: `{ effectiveOn,
 * partnerships: [{ id, name, kind, transformedOn, manager, board, population }], county: { id,
 * name, population, stated, differences } }`. `county.population` is the sum of the
 * partnerships' counts; `stated` is the county's own figure (or `null`).
 *
 * @category contract
 * @since 0.3.0
 */
export const partnershipListJson = (view: PartnershipList.PartnershipList): PartnershipListJson => ({
  effectiveOn: view.effectiveOn ?? null,
  partnerships: view.partnerships.map((partnership) => ({
    id: partnership.partnershipId,
    name: partnership.name,
    kind: partnership.kind,
    transformedOn: partnership.transformedOn ?? null,
    manager: partnership.manager ?? null,
    board: partnership.board ?? null,
    population: counts(partnership.population)
  })),
  county: {
    id: view.county?.partnershipId ?? null,
    name: view.county?.name ?? null,
    population: Object.fromEntries(view.rollUp.bands.map((band) => [band.ageBand, band.total])),
    stated: view.county === undefined ? null : counts(view.county.population),
    differences: view.rollUp.bands.flatMap((band) =>
      band.difference === undefined || band.difference === 0
        ? []
        : [{ ageBand: band.ageBand, total: band.total, stated: band.stated, difference: band.difference }]
    )
  }
})

/**
 * One partnership's record and its plans in the JSON contract.
 *
 * @category contract
 * @since 0.3.0
 */
export const partnershipProfileJson = (view: PartnershipProfile.PartnershipProfile): PartnershipProfileJson => {
  const { partnership } = view
  return {
    id: partnership.partnershipId,
    name: partnership.name,
    formerNames: partnership.formerNames,
    area: partnership.area,
    registeredAs: view.registeredAs,
    kind: partnership.kind,
    transformedOn: partnership.transformedOn ?? null,
    managers: partnership.managers,
    board:
      partnership.boardEstablishedOn === undefined
        ? null
        : { establishedOn: partnership.boardEstablishedOn, agencies: partnership.boardAgencies },
    populationCounts: partnership.populationCounts,
    settingsCounts: partnership.settingsCounts,
    plans: planListJson(view.plans).plans
  }
}

/**
 * An indicator's county roll-up in the JSON contract: `{ code, title, unit, refused, rows: [{
 * period, kind, value, basis, areas, missingAreas, refused }] }`, absent values as `null`.
 *
 * @category contract
 * @since 0.3.0
 */
export const indicatorRollUpJson = (view: IndicatorRollUp.IndicatorRollUp) => ({
  code: view.code,
  title: view.title ?? null,
  unit: view.unit ?? null,
  refused: view.refused ?? null,
  rows: view.rows.map((row) => ({
    period: Period.label(row.period),
    kind: row.kind,
    value: row.value ?? null,
    basis: row.basis ?? null,
    areas: row.areas,
    missingAreas: row.missingAreas,
    refused: row.refused ?? null
  }))
})
