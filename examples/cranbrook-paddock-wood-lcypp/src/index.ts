import { type Ledger, Period, type PlanCommand, type Provenance } from "@plan-ledger/core"
import { loadPlanTableFolder } from "@plan-ledger/import-csv"

/**
 * The plan's id in the ledger.
 *
 * @category constants
 * @since 0.2.0
 */
export const PLAN_ID = "cranbrook-paddock-wood-lcypp"

/**
 * The public document the tables are entered from.
 *
 * @category constants
 * @since 0.2.0
 */
export const SOURCE_DOCUMENT = "Kent County Council, Cranbrook and Paddock Wood LCSP, Local Children and Young People's Plan 2008–2011"

/**
 * The plan's draft: a local children and young people's plan of the Cranbrook and Paddock Wood partnership, for
 * 1 September 2008 to 31 August 2011.
 *
 * @category data
 * @since 0.2.0
 */
export const DRAFT: Extract<PlanCommand, { readonly _tag: "DraftPlan" }> = {
  _tag: "DraftPlan",
  planId: PLAN_ID,
  kind: "local-children-and-young-peoples-plan",
  title: "Cranbrook and Paddock Wood Local Children and Young People's Plan 2008–2011",
  ownerId: "cranbrook-paddock-wood",
  period: Period.MultiYear.make({ from: Period.CalendarDate.make("2008-09-01"), to: Period.CalendarDate.make("2011-08-31") })
}

const TABLES = new URL("../csv/", import.meta.url)

/**
 * The provenance the example's events carry.
 *
 * @category data
 * @since 0.2.0
 */
export const PROVENANCE: Provenance = {
  actor: "plan-ledger example",
  reason: "entered from the published plan",
  effectiveDate: Period.CalendarDate.make("2008-09-01"),
  source: { document: SOURCE_DOCUMENT, table: "Action Plan" }
}

/**
 * Records the plan — its draft and every table — in a ledger as one append.
 *
 * @example
 * import { InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * import { loadCranbrookPaddockWoodLcypp } from "@plan-ledger/example-cranbrook-paddock-wood-lcypp"
 * const outcome = await loadCranbrookPaddockWoodLcypp(Ledger.make({ store: InMemoryEventStore.make() }))
 *
 * @category loading
 * @since 0.2.0
 */
export const loadCranbrookPaddockWoodLcypp = (ledger: Ledger.Ledger): ReturnType<typeof loadPlanTableFolder> =>
  loadPlanTableFolder(ledger, { draft: DRAFT, directory: TABLES, provenance: PROVENANCE })
