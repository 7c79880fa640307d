import type { PartnershipCommand } from "@plan-ledger/core"
import { KENT_TOTAL, populationCommands } from "./lcsps.js"

/**
 * The county council, whose stated population the partnerships' counts roll up to.
 *
 * @category data
 * @since 0.1.0
 */
export const COUNTY_ID = "kent"

/**
 * The county council's directorate that owns the LCSP service level business plan.
 *
 * @category data
 * @since 0.1.0
 */
export const DIRECTORATE_ID = "kcc-cfe"

/**
 * Registers the county with its stated population (the table's "Kent Total" row).
 *
 * @category data
 * @since 0.1.0
 */
export const countyCommands: ReadonlyArray<PartnershipCommand> = [
  { _tag: "RegisterPartnership", partnershipId: COUNTY_ID, kind: "county", name: "Kent County Council", area: "Kent" },
  ...populationCommands(COUNTY_ID, KENT_TOTAL)
]

/**
 * Registers the directorate (Children, Families and Education).
 *
 * @category data
 * @since 0.1.0
 */
export const directorateCommands: ReadonlyArray<PartnershipCommand> = [
  {
    _tag: "RegisterPartnership",
    partnershipId: DIRECTORATE_ID,
    kind: "directorate",
    name: "Children, Families and Education",
    area: "Kent"
  }
]
