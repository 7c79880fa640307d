import { type PartnershipCommand, Period, PopulationRollUp } from "@plan-ledger/core"

type Population = readonly [name: string, ages0to19: number, ages0to7: number, ages8to13: number, ages14to19: number, ages10to17: number]

// "Breakdown of Children and Young People Aged 0-19 Serviced by LCSP", Kent County Council, LCSP Service Level Business Plan 2009/10
// (introduction).
const POPULATION: ReadonlyArray<Population> = [
  ["Ashford 1", 16340, 6577, 4971, 4792, 6602],
  ["Ashford Rural", 12580, 4862, 4102, 3616, 5289],
  ["Canterbury City & Country", 17728, 5443, 4576, 7709, 7247],
  ["Canterbury Coastal", 17096, 6018, 5222, 5856, 7267],
  ["Cranbrook & Paddock Wood", 9470, 3003, 3008, 3459, 4667],
  ["Dartford East", 11183, 4237, 3467, 3479, 4798],
  ["Dartford West", 14940, 5593, 4597, 4750, 6321],
  ["Deal and Sandwich", 12735, 4360, 4089, 4286, 5922],
  ["Dover", 13154, 4589, 4029, 4536, 5967],
  ["Gravesham", 25035, 9188, 7751, 8096, 10762],
  ["Maidstone 1", 13717, 5183, 4248, 4286, 5872],
  ["Maidstone 2", 21906, 8647, 6498, 6761, 9098],
  ["Malling", 16469, 6502, 5060, 4907, 6874],
  ["Sevenoaks South", 17165, 6984, 5269, 4912, 7130],
  ["Shepway 1", 14116, 5420, 4364, 4332, 5860],
  ["Shepway Rural", 9095, 3021, 2941, 3133, 4174],
  ["Swale Rural", 11909, 4422, 3746, 3741, 5155],
  ["Swale Urban", 21150, 7834, 6653, 6663, 9139],
  ["Swanley & District", 7658, 2688, 2478, 2492, 3467],
  ["Thanet 1", 15330, 5429, 4974, 4927, 6788],
  ["Thanet 2", 16087, 5535, 5253, 5299, 7293],
  ["Tonbridge", 12628, 4452, 3845, 4331, 5741],
  ["Tunbridge Wells", 17364, 6796, 5523, 5045, 7364]
]

/**
 * The "Kent Total" row of the same table: the county's own stated counts, in the same band order.
 *
 * @category data
 * @since 0.1.0
 */
export const KENT_TOTAL: readonly [number, number, number, number, number] = [344855, 126783, 106664, 111408, 148797]

/**
 * The day the 23 LCSPs replaced the school clusters, 1 September 2008.
 *
 * @category data
 * @since 0.1.0
 */
export const LCSPS_INTRODUCED_ON = Period.CalendarDate.make("2008-09-01")

/**
 * The date the counts are taken to describe: the day the LCSPs were introduced (the table is not
 * dated otherwise).
 *
 * @category data
 * @since 0.1.0
 */
export const COUNTED_ON = LCSPS_INTRODUCED_ON

/**
 * Population commands for one partnership from counts in the table's band order.
 *
 * @category data
 * @since 0.1.0
 */
export const populationCommands = (partnershipId: string, counts: ReadonlyArray<number>): ReadonlyArray<PartnershipCommand> =>
  PopulationRollUp.AGE_BANDS.map((ageBand, index): PartnershipCommand => ({
    _tag: "RecordPopulation",
    partnershipId,
    ageBand,
    count: counts[index] as number,
    countedOn: COUNTED_ON
  }))

/**
 * A partnership id from its name: `Canterbury City & Country` → `canterbury-city-country`.
 *
 * @category identifiers
 * @since 0.1.0
 */
export const partnershipId = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/**
 * The 23 LCSPs: each registered as the school cluster it was, transformed into an LCSP on
 * 1 September 2008 (same geography), with its population by age band.
 *
 * @category data
 * @since 0.1.0
 */
export const lcspCommands = (): ReadonlyArray<{ readonly partnershipId: string; readonly commands: ReadonlyArray<PartnershipCommand> }> =>
  POPULATION.map(([name, ...counts]) => {
    const id = partnershipId(name)
    return {
      partnershipId: id,
      commands: [
        { _tag: "RegisterPartnership", partnershipId: id, kind: "cluster", name, area: name },
        { _tag: "TransformClusterToLcsp", partnershipId: id, transformedOn: LCSPS_INTRODUCED_ON },
        ...populationCommands(id, counts)
      ]
    }
  })
