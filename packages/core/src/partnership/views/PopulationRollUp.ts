import type { AgeBand } from "../events.js"
import type { PartnershipOnDate } from "../PartnershipOnDate.js"

/**
 * The age bands in the order the council's tables print them.
 *
 * @category models
 * @since 0.3.0
 */
export const AGE_BANDS: ReadonlyArray<AgeBand> = ["0-19", "0-7", "8-13", "14-19", "10-17"]

/**
 * One age band rolled up from the local partnerships to the county: the sum of their counts, the
 * county's own stated count where it has one, and the difference between them.
 *
 * @category models
 * @since 0.3.0
 */
export interface BandRollUp {
  readonly ageBand: AgeBand
  /** The sum over the partnerships that have a count for the band. */
  readonly total: number
  /** How many of the partnerships have no count for the band (the total then understates the county). */
  readonly partnershipsWithoutCount: number
  readonly stated: number | undefined
  /** `total - stated`, when the county states a count. */
  readonly difference: number | undefined
}

/**
 * The county's population built up from its local partnerships.
 *
 * @category models
 * @since 0.3.0
 */
export interface PopulationRollUp {
  readonly bands: ReadonlyArray<BandRollUp>
}

/**
 * Rolls the partnerships' population counts up to the county. Counts are summed; shares (such as
 * "% of all 0-19's") are never averaged from the partnerships' shares but recomputed from these
 * totals by whoever prints them (see `share`).
 *
 * @category projections
 * @since 0.3.0
 */
export const project = (partnerships: ReadonlyArray<PartnershipOnDate>, county: PartnershipOnDate | undefined): PopulationRollUp => ({
  bands: AGE_BANDS.map((ageBand) => {
    const counted = partnerships.flatMap((partnership) => partnership.population[ageBand]?.count ?? [])
    const total = counted.reduce((sum, count) => sum + count, 0)
    const stated = county?.population[ageBand]?.count
    return {
      ageBand,
      total,
      partnershipsWithoutCount: partnerships.length - counted.length,
      stated,
      difference: stated === undefined ? undefined : total - stated
    }
  })
})

/**
 * One band's count as a share of the 0-19 count, as an exact fraction, or `undefined` when either
 * count is missing or the 0-19 count is zero.
 *
 * @category accessors
 * @since 0.3.0
 */
export const share = (
  population: Partial<Record<AgeBand, { readonly count: number }>>,
  ageBand: AgeBand
): { readonly numerator: number; readonly denominator: number } | undefined => {
  const part = population[ageBand]?.count
  const whole = population["0-19"]?.count
  return part === undefined || whole === undefined || whole === 0 ? undefined : { numerator: part, denominator: whole }
}

/**
 * A share as a whole percentage, rounded half up, as the council's tables print it ("40%").
 *
 * @category formatting
 * @since 0.3.0
 */
export const wholePercent = (fraction: { readonly numerator: number; readonly denominator: number }): number =>
  Math.floor((200 * fraction.numerator + fraction.denominator) / (2 * fraction.denominator))

/**
 * The headings of a population table as the council prints it, after the 0-19 count: each
 * narrower band's count and its share of the 0-19s.
 *
 * @category formatting
 * @since 0.3.0
 */
export const PRINTED_HEADINGS: ReadonlyArray<string> = [
  "Ages 0-19",
  ...AGE_BANDS.slice(1).flatMap((ageBand) => [`Ages ${ageBand}`, "% of 0-19"])
]

/**
 * One row of a population table as the council prints it (see `PRINTED_HEADINGS`): counts with
 * thousands separators, shares as whole percentages recomputed from the counts, a missing count
 * as an empty cell.
 *
 * @category formatting
 * @since 0.3.0
 */
export const printedRow = (population: Partial<Record<AgeBand, { readonly count: number }>>): ReadonlyArray<string> => {
  const count = (ageBand: AgeBand): string => population[ageBand]?.count.toLocaleString("en-GB") ?? ""
  const percent = (ageBand: AgeBand): string => {
    const fraction = share(population, ageBand)
    return fraction === undefined ? "" : `${wholePercent(fraction)}%`
  }
  return [count("0-19"), ...AGE_BANDS.slice(1).flatMap((ageBand) => [count(ageBand), percent(ageBand)])]
}

/**
 * A sentence for each age band where the partnerships' counts add up to other than the county's
 * own figure: "Ages 0-19: the partnerships add up to 344,855, the county states 344,800
 * (difference 55)." Empty when they agree, or the county states none.
 *
 * @category formatting
 * @since 0.3.0
 */
export const disagreements = (rollUp: PopulationRollUp): ReadonlyArray<string> =>
  rollUp.bands.flatMap((band) =>
    band.stated === undefined || band.difference === undefined || band.difference === 0
      ? []
      : [
          `Ages ${band.ageBand}: the partnerships add up to ${band.total.toLocaleString("en-GB")}, the county states ${band.stated.toLocaleString("en-GB")} (difference ${band.difference.toLocaleString("en-GB")}).`
        ]
  )
