import type { PartnershipCommand } from "@plan-ledger/core"
import { LCSPS_INTRODUCED_ON } from "./lcsps.js"

/**
 * The partnership's id (the same as its LCSP's in the county table).
 *
 * @category data
 * @since 0.1.0
 */
export const CRANBROOK_PADDOCK_WOOD_ID = "cranbrook-paddock-wood"

/**
 * The document the facts below come from (its introduction).
 *
 * @category data
 * @since 0.1.0
 */
export const CRANBROOK_PADDOCK_WOOD_SOURCE =
  "Kent County Council, Cranbrook and Paddock Wood LCSP, Local Children and Young People's Plan 2008–2011"

// The plan says the LCSP was formally established on 1 September 2008 and its board elected in
// September; it gives the month only, so the board is dated to the day the LCSP was established.
const SEPTEMBER_2008 = LCSPS_INTRODUCED_ON

// The agencies the plan says the board brings together.
const BOARD_AGENCIES: ReadonlyArray<string> = [
  "Schools",
  "Children's Social Services",
  "Health",
  "Police",
  "Youth Service",
  "Youth Offending Service",
  "Tunbridge Wells Borough Council",
  "Voluntary Sector"
]

/**
 * The Cranbrook and Paddock Wood partnership's board and the schools and settings it serves, as
 * its local children and young people's plan describes them: 12 primary schools (three named),
 * 3 secondary schools (all named), no special schools, 24 early years settings.
 *
 * @category data
 * @since 0.1.0
 */
export const cranbrookPaddockWoodCommands: ReadonlyArray<PartnershipCommand> = [
  { _tag: "EstablishBoard", partnershipId: CRANBROOK_PADDOCK_WOOD_ID, establishedOn: SEPTEMBER_2008 },
  ...BOARD_AGENCIES.map((agency): PartnershipCommand => ({
    _tag: "JoinBoard",
    partnershipId: CRANBROOK_PADDOCK_WOOD_ID,
    agency,
    joinedOn: SEPTEMBER_2008
  })),
  {
    _tag: "CountSettings",
    partnershipId: CRANBROOK_PADDOCK_WOOD_ID,
    settingKind: "primary-school",
    count: 12,
    named: ["Paddock Wood Primary School", "Frittenden CEPS", "Colliers Green CEPS"],
    countedOn: SEPTEMBER_2008
  },
  {
    _tag: "CountSettings",
    partnershipId: CRANBROOK_PADDOCK_WOOD_ID,
    settingKind: "secondary-school",
    count: 3,
    named: ["Mascalls", "Cranbrook", "Angley"],
    countedOn: SEPTEMBER_2008
  },
  {
    _tag: "CountSettings",
    partnershipId: CRANBROOK_PADDOCK_WOOD_ID,
    settingKind: "special-school",
    count: 0,
    named: [],
    countedOn: SEPTEMBER_2008
  },
  {
    _tag: "CountSettings",
    partnershipId: CRANBROOK_PADDOCK_WOOD_ID,
    settingKind: "early-years-setting",
    count: 24,
    named: [],
    countedOn: SEPTEMBER_2008
  }
]
