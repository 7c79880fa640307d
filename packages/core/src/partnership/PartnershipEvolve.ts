import { match } from "ts-pattern"
import type { Accumulator } from "../internal/Accumulator.js"
import type { PartnershipEvent } from "./events.js"
import type { PartnershipState } from "./PartnershipState.js"

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
      manager: undefined,
      boardEstablishedOn: undefined,
      population: new Map()
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
    .with({ _tag: "PartnershipManagerAppointed" }, ({ managerName, appointedOn }) => {
      state.manager = { name: managerName, appointedOn }
    })
    .with({ _tag: "PartnershipBoardEstablished" }, ({ establishedOn }) => {
      state.boardEstablishedOn = establishedOn
    })
    .with({ _tag: "PartnershipPopulationRecorded" }, ({ ageBand, count, countedOn }) => {
      const current = state.population.get(ageBand)
      if (current === undefined || current.countedOn <= countedOn) state.population.set(ageBand, { count, countedOn })
    })
    .exhaustive()
  return state
}
