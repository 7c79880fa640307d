import { Result } from "effect"
import { Decider } from "@plan-ledger/eventstore"
import { match } from "ts-pattern"
import type { Accumulator } from "../internal/Accumulator.js"
import type { CommandOf } from "../internal/CommandOf.js"
import { unlessEquivalent } from "../internal/unlessEquivalent.js"
import { evolve, type CatalogueState } from "./CatalogueState.js"
import {
  type CatalogueEvent,
  CountyOutcomeCatalogued,
  CountyPriorityCatalogued,
  KeyEnablerCatalogued,
  NationalIndicatorCatalogued
} from "./events.js"

/**
 * The commands that fill a reference catalogue. Each is idempotent: the same entry again records
 * nothing; a changed title or unit is recorded again.
 *
 * @category commands
 * @since 0.2.0
 */
export type CatalogueCommand =
  | CommandOf<"CatalogueCountyPriority", typeof CountyPriorityCatalogued.Type>
  | CommandOf<"CatalogueCountyOutcome", typeof CountyOutcomeCatalogued.Type>
  | CommandOf<"CatalogueKeyEnabler", typeof KeyEnablerCatalogued.Type>
  | CommandOf<"CatalogueNationalIndicator", typeof NationalIndicatorCatalogued.Type>

/**
 * What a catalogue command records: its entry, unless the catalogue holds an equivalent one.
 *
 * @category deciders
 * @since 0.2.0
 */
export const decide = (command: CatalogueCommand, catalogue: CatalogueState | undefined): ReadonlyArray<CatalogueEvent> =>
  match(command)
    .with({ _tag: "CatalogueCountyPriority" }, ({ _tag, ...fields }) => {
      const produced = { _tag: "CountyPriorityCatalogued" as const, ...fields }
      return unlessEquivalent(CountyPriorityCatalogued, catalogue?.countyPriorities.get(fields.code), produced, produced)
    })
    .with({ _tag: "CatalogueCountyOutcome" }, ({ _tag, ...fields }) => {
      const produced = { _tag: "CountyOutcomeCatalogued" as const, ...fields }
      return unlessEquivalent(CountyOutcomeCatalogued, catalogue?.countyOutcomes.get(fields.code), produced, produced)
    })
    .with({ _tag: "CatalogueKeyEnabler" }, ({ _tag, ...fields }) => {
      const produced = { _tag: "KeyEnablerCatalogued" as const, ...fields }
      return unlessEquivalent(KeyEnablerCatalogued, catalogue?.keyEnablers.get(fields.code), produced, produced)
    })
    .with({ _tag: "CatalogueNationalIndicator" }, ({ _tag, ...fields }) => {
      const produced = { _tag: "NationalIndicatorCatalogued" as const, ...fields }
      return unlessEquivalent(NationalIndicatorCatalogued, catalogue?.nationalIndicators.get(fields.code), produced, produced)
    })
    .exhaustive()

/**
 * Decides a sequence of catalogue commands against the catalogue's history, as one append.
 * Catalogue entries break no rule, so the result is always the events.
 *
 * @category deciders
 * @since 0.2.0
 */
export const decideAll = (
  commands: ReadonlyArray<CatalogueCommand>,
  history: Iterable<{ readonly data: CatalogueEvent }>
): Result.Result<ReadonlyArray<CatalogueEvent>, never> => {
  let catalogue: Accumulator<CatalogueState> | undefined
  for (const event of history) catalogue = evolve(catalogue, event.data)
  return Decider.decideAll(decider, commands, catalogue, undefined)
}

/**
 * A catalogue as one decider: `decide` above (which never refuses), and the catalogue fold as
 * `evolve`. Its state is the catalogue's accumulator (`undefined` before its first entry),
 * updated in place.
 *
 * @category deciders
 * @since 0.3.0
 */
export const decider: Decider.Decider<CatalogueState | undefined, CatalogueCommand, CatalogueEvent> = {
  initialState: () => undefined,
  decide: (command, catalogue) => Result.succeed(decide(command, catalogue)),
  evolve: (catalogue, event) => evolve(catalogue as Accumulator<CatalogueState> | undefined, event)
}
