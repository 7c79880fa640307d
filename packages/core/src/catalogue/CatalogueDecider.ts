import { Result } from "effect"
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
  const decided: Array<CatalogueEvent> = []
  for (const command of commands) {
    for (const event of decide(command, catalogue)) {
      catalogue = evolve(catalogue, event)
      decided.push(event)
    }
  }
  return Result.succeed(decided)
}
