import type { AgeBand, PartnershipKind, SettingKind } from "./events.js"
import type { ManagerAppointment, PartnershipState } from "./PartnershipState.js"

/**
 * A partnership as it stood on a date: its kind then (a cluster before its transformation, an
 * LCSP from that day), the manager in post, the board and the agencies on it, and the latest
 * counts made on or before the date.
 *
 * @category models
 * @since 0.3.0
 */
export interface PartnershipOnDate {
  readonly partnershipId: string
  readonly name: string
  readonly area: string
  readonly kind: PartnershipKind
  readonly transformedOn: string | undefined
  readonly manager: ManagerAppointment | undefined
  readonly board: { readonly establishedOn: string; readonly agencies: ReadonlyArray<string> } | undefined
  readonly population: Partial<Record<AgeBand, { readonly count: number; readonly countedOn: string }>>
  readonly settings: Partial<
    Record<SettingKind, { readonly count: number; readonly named: ReadonlyArray<string>; readonly countedOn: string }>
  >
}

const inForce = (date: string | undefined) => (factDate: string) => date === undefined || factDate <= date

// The last fact in force for each key: the facts are in date order, so later ones overwrite.
const latestByKey = <Fact, Key extends string>(
  facts: ReadonlyArray<Fact>,
  keyOf: (fact: Fact) => Key,
  dateOf: (fact: Fact) => string,
  date: string | undefined
): Partial<Record<Key, Fact>> => {
  const latest: Partial<Record<Key, Fact>> = {}
  for (const fact of facts) if (inForce(date)(dateOf(fact))) latest[keyOf(fact)] = fact
  return latest
}

const mapValues = <Key extends string, From, To>(record: Partial<Record<Key, From>>, to: (value: From) => To): Partial<Record<Key, To>> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, to(value as From)])) as Partial<Record<Key, To>>

/**
 * Reads a partnership as it stood on a date (`YYYY-MM-DD`), or as it stands now when no date is
 * given.
 *
 * @category projections
 * @since 0.3.0
 */
export const on = (partnership: PartnershipState, date: string | undefined): PartnershipOnDate => {
  const applies = inForce(date)
  const transformed = partnership.transformedOn !== undefined && applies(partnership.transformedOn)
  const established = partnership.boardEstablishedOn !== undefined && applies(partnership.boardEstablishedOn)
  return {
    partnershipId: partnership.partnershipId,
    name: partnership.name,
    area: partnership.area,
    kind: partnership.transformedOn === undefined || transformed ? partnership.kind : partnership.registration.kind,
    transformedOn: transformed ? partnership.transformedOn : undefined,
    manager: partnership.managers.filter(({ appointedOn }) => applies(appointedOn)).at(-1),
    board:
      established && partnership.boardEstablishedOn !== undefined
        ? {
            establishedOn: partnership.boardEstablishedOn,
            agencies: partnership.boardAgencies.filter(({ joinedOn }) => applies(joinedOn)).map(({ agency }) => agency)
          }
        : undefined,
    population: mapValues(
      latestByKey(
        partnership.populationCounts,
        (fact) => fact.ageBand,
        (fact) => fact.countedOn,
        date
      ),
      ({ count, countedOn }) => ({ count, countedOn })
    ),
    settings: mapValues(
      latestByKey(
        partnership.settingsCounts,
        (fact) => fact.settingKind,
        (fact) => fact.countedOn,
        date
      ),
      ({ count, named, countedOn }) => ({ count, named, countedOn })
    )
  }
}
