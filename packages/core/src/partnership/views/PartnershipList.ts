import type { LedgerState } from "../../ledger/LedgerState.js"
import type { PartnershipKind } from "../events.js"
import { on, type PartnershipOnDate } from "../PartnershipOnDate.js"
import * as PopulationRollUp from "./PopulationRollUp.js"

/**
 * The local partnerships as they stood on a date, the county they roll up to, and the county's
 * population built up from theirs.
 *
 * @category models
 * @since 0.3.0
 */
export interface PartnershipList {
  /** The date the list is read on, or `undefined` for now. */
  readonly effectiveOn: string | undefined
  /** The school clusters and LCSPs, in the order they were registered. */
  readonly partnerships: ReadonlyArray<PartnershipOnDate>
  /** The county council, when the ledger holds it (its stated population is compared with the roll-up). */
  readonly county: PartnershipOnDate | undefined
  readonly rollUp: PopulationRollUp.PopulationRollUp
}

const LOCAL_KINDS: ReadonlyArray<PartnershipKind> = ["cluster", "lcsp"]

/**
 * Every local partnership (a school cluster or an LCSP) as it stood on a date — a cluster before
 * its transformation, an LCSP from that day — with the county roll-up of their populations.
 *
 * @category projections
 * @since 0.3.0
 */
export const project = (ledger: LedgerState, options: { readonly effectiveOn?: string | undefined } = {}): PartnershipList => {
  const onDate = [...ledger.partnerships.values()].map((partnership) => on(partnership, options.effectiveOn))
  const partnerships = onDate.filter((partnership) => LOCAL_KINDS.includes(partnership.kind))
  const county = onDate.find((partnership) => partnership.kind === "county")
  return { effectiveOn: options.effectiveOn, partnerships, county, rollUp: PopulationRollUp.project(partnerships, county) }
}

/**
 * The headings of the partnership columns every partnership table prints before the population
 * (see `printedFacts`).
 *
 * @category formatting
 * @since 0.3.0
 */
export const FACT_HEADINGS: ReadonlyArray<string> = ["Partnership", "Kind", "Manager", "Board"]

/**
 * A partnership's name, kind, manager in post (with the date of appointment) and board (with the
 * date it was established), as the partnership tables print them.
 *
 * @category formatting
 * @since 0.3.0
 */
export const printedFacts = (partnership: PartnershipOnDate): ReadonlyArray<string> => [
  partnership.name,
  partnership.kind,
  partnership.manager === undefined ? "" : `${partnership.manager.name} (from ${partnership.manager.appointedOn})`,
  partnership.board === undefined ? "" : `since ${partnership.board.establishedOn}`
]
