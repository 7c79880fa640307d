import { match } from "ts-pattern"
import type { Accumulator } from "../internal/Accumulator.js"
import type { PartnershipEvent } from "./events.js"
import type { PartnershipState } from "./PartnershipState.js"

// Inserts a dated fact after every fact dated on or before it, so lists stay in date order and,
// for one date, in the order recorded.
const insertByDate = <Fact>(facts: Array<Fact>, fact: Fact, dateOf: (fact: Fact) => string): void => {
  const date = dateOf(fact)
  const later = facts.findIndex((held) => dateOf(held) > date)
  facts.splice(later === -1 ? facts.length : later, 0, fact)
}

/**
 * Applies one event of a partnership's stream. Like the plan fold, it updates the accumulator it
 * owns and returns it; start from `undefined`.
 *
 * @category folds
 * @since 0.1.0
 */
export const evolve = (
  state: Accumulator<PartnershipState> | undefined,
  event: PartnershipEvent
): Accumulator<PartnershipState> | undefined => {
  if (event._tag === "PartnershipRegistered") {
    return {
      partnershipId: event.partnershipId,
      registration: { kind: event.kind, name: event.name, area: event.area },
      kind: event.kind,
      name: event.name,
      formerNames: [],
      area: event.area,
      transformedOn: undefined,
      managers: [],
      boardEstablishedOn: undefined,
      boardAgencies: [],
      populationCounts: [],
      settingsCounts: []
    }
  }
  if (state === undefined) return undefined
  match(event)
    .with({ _tag: "ClusterTransformedToLcsp" }, ({ transformedOn }) => {
      state.kind = "lcsp"
      state.transformedOn = transformedOn
    })
    .with({ _tag: "PartnershipRenamed" }, ({ name }) => {
      state.formerNames.push(state.name)
      state.name = name
    })
    .with({ _tag: "PartnershipManagerAppointed" }, ({ managerName, appointedOn }) =>
      insertByDate(state.managers, { name: managerName, appointedOn }, (held) => held.appointedOn)
    )
    .with({ _tag: "PartnershipBoardEstablished" }, ({ establishedOn }) => {
      state.boardEstablishedOn = establishedOn
    })
    .with({ _tag: "PartnershipBoardAgencyJoined" }, ({ agency, joinedOn }) =>
      insertByDate(state.boardAgencies, { agency, joinedOn }, (held) => held.joinedOn)
    )
    .with({ _tag: "PartnershipPopulationRecorded" }, ({ ageBand, count, countedOn }) =>
      insertByDate(state.populationCounts, { ageBand, count, countedOn }, (held) => held.countedOn)
    )
    .with({ _tag: "PartnershipSettingsCounted" }, ({ settingKind, count, named, countedOn }) =>
      insertByDate(state.settingsCounts, { settingKind, count, named, countedOn }, (held) => held.countedOn)
    )
    .exhaustive()
  return state
}
