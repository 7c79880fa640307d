import type { ExecuteOutcome, Ledger, LedgerError, Provenance } from "@plan-ledger/core"
import { CRANBROOK_PADDOCK_WOOD_ID, CRANBROOK_PADDOCK_WOOD_SOURCE, cranbrookPaddockWoodCommands } from "./cranbrookPaddockWood.js"
import { LCSPS_INTRODUCED_ON, lcspCommands } from "./lcsps.js"
import { COUNTY_ID, countyCommands, DIRECTORATE_ID, directorateCommands } from "./organisations.js"

export { CRANBROOK_PADDOCK_WOOD_ID } from "./cranbrookPaddockWood.js"
export { COUNTED_ON, KENT_TOTAL, LCSPS_INTRODUCED_ON, partnershipId } from "./lcsps.js"
export { COUNTY_ID, DIRECTORATE_ID } from "./organisations.js"

/**
 * The document the county table comes from.
 *
 * @category provenance
 * @since 0.1.0
 */
export const COUNTY_SOURCE = "Kent County Council, LCSP Service Level Business Plan 2009/10"

const provenance = (document: string, table: string): Provenance => ({
  actor: "plan-ledger example loader",
  reason: `transcribed from the published plan: ${table}`,
  source: { document, table },
  effectiveDate: LCSPS_INTRODUCED_ON
})

const orFail = async (outcome: Promise<ExecuteOutcome>): Promise<void> => {
  const result = await outcome
  if (!result.ok) throw result.error satisfies LedgerError
}

/**
 * Records the county, its Children, Families and Education directorate and the 23 local children's
 * services partnerships — each registered as the school cluster it was and transformed into an
 * LCSP on 1 September 2008, with its population by age band — and, where a partnership's own plan
 * describes them, its board and the schools and settings it serves. Loading twice records nothing
 * the second time.
 *
 * @example
 * import { InMemoryEventStore, Ledger, PartnershipList } from "@plan-ledger/core"
 * import { loadKentPartnerships } from "@plan-ledger/example-kent-partnerships"
 * const ledger = Ledger.make({ store: InMemoryEventStore.make() })
 * await loadKentPartnerships(ledger)
 * PartnershipList.project(await ledger.state()).rollUp.bands[0]?.total // 344855
 *
 * @category loaders
 * @since 0.1.0
 */
export const loadKentPartnerships = async (ledger: Ledger.Ledger): Promise<void> => {
  const county = provenance(COUNTY_SOURCE, "Breakdown of Children and Young People Aged 0-19 Serviced by LCSP")
  await orFail(ledger.executePartnership(COUNTY_ID, countyCommands, county))
  await orFail(ledger.executePartnership(DIRECTORATE_ID, directorateCommands, county))
  for (const { partnershipId, commands } of lcspCommands()) await orFail(ledger.executePartnership(partnershipId, commands, county))
  await orFail(
    ledger.executePartnership(
      CRANBROOK_PADDOCK_WOOD_ID,
      cranbrookPaddockWoodCommands,
      provenance(CRANBROOK_PADDOCK_WOOD_SOURCE, "Introduction: Establishment of the Partnership")
    )
  )
}
