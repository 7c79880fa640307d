import { viewOf } from "@plan-ledger/core/testkit"
import { InMemoryEventStore, Ledger, type LedgerState, PartnershipList, PartnershipProfile, PopulationRollUp } from "@plan-ledger/core"
import { beforeAll, describe, expect, it } from "vitest"
import { CRANBROOK_PADDOCK_WOOD_ID, KENT_TOTAL, loadKentPartnerships, partnershipId } from "../src/index.js"

// Expected figures: Kent County Council, LCSP Service Level Business Plan 2009/10, introduction,
// table "Breakdown of Children and Young People Aged 0-19 Serviced by LCSP" (the rows of Ashford 1
// and the Kent Total row, with their printed "% of all 0-19's"); and Kent County Council,
// Cranbrook and Paddock Wood LCSP, Local Children and Young People's Plan 2008–2011,
// introduction (the board's agencies, the schools and settings).

let state: LedgerState.LedgerState
let ledger: Ledger.Ledger

beforeAll(async () => {
  ledger = Ledger.make({ store: InMemoryEventStore.make() })
  await loadKentPartnerships(ledger)
  state = await ledger.state()
})

describe("the Kent partnerships", () => {
  it("registers 23 LCSPs whose populations add up to the county's stated total in every band", () => {
    const list = PartnershipList.project(state)
    expect(list.partnerships).toHaveLength(23)
    expect(list.county?.name).toBe("Kent County Council")
    expect(list.rollUp.bands.map((band) => band.total)).toEqual([...KENT_TOTAL])
    expect(list.rollUp.bands.map((band) => band.difference)).toEqual([0, 0, 0, 0, 0])
    expect(list.rollUp.bands.map((band) => band.partnershipsWithoutCount)).toEqual([0, 0, 0, 0, 0])
  })

  it("recomputes the county's shares of the 0-19s from the summed counts, as printed: 37%, 31%, 32%, 43%", () => {
    const list = PartnershipList.project(state)
    const totals = Object.fromEntries(list.rollUp.bands.map((band) => [band.ageBand, { count: band.total }]))
    const shares = PopulationRollUp.AGE_BANDS.slice(1).map((ageBand) => {
      const share = PopulationRollUp.share(totals, ageBand)
      return share === undefined ? undefined : PopulationRollUp.wholePercent(share)
    })
    expect(shares).toEqual([37, 31, 32, 43])
  })

  it("reads Ashford 1's shares as printed: 40%, 30%, 29%, 40%", () => {
    const ashford = PartnershipList.project(state).partnerships.find(
      (partnership) => partnership.partnershipId === partnershipId("Ashford 1")
    )
    expect(ashford?.population["0-19"]?.count).toBe(16340)
    const shares = PopulationRollUp.AGE_BANDS.slice(1).map((ageBand) => {
      const share = ashford === undefined ? undefined : PopulationRollUp.share(ashford.population, ageBand)
      return share === undefined ? undefined : PopulationRollUp.wholePercent(share)
    })
    expect(shares).toEqual([40, 30, 29, 40])
  })

  it("lists school clusters before 1 September 2008 and LCSPs from that day", () => {
    const before = PartnershipList.project(state, { effectiveOn: "2008-08-31" })
    const after = PartnershipList.project(state, { effectiveOn: "2008-09-01" })
    expect(new Set(before.partnerships.map((partnership) => partnership.kind))).toEqual(new Set(["cluster"]))
    expect(new Set(after.partnerships.map((partnership) => partnership.kind))).toEqual(new Set(["lcsp"]))
  })

  it("tells Cranbrook and Paddock Wood's board and the schools and settings it serves", () => {
    const profile = viewOf(PartnershipProfile.project(state, CRANBROOK_PADDOCK_WOOD_ID))
    expect(profile.partnership.boardEstablishedOn).toBe("2008-09-01")
    expect(profile.partnership.boardAgencies.map(({ agency }) => agency)).toContain("Tunbridge Wells Borough Council")
    expect(profile.partnership.boardAgencies).toHaveLength(8)
    expect(profile.partnership.settingsCounts.map(({ settingKind, count }) => [settingKind, count])).toEqual([
      ["primary-school", 12],
      ["secondary-school", 3],
      ["special-school", 0],
      ["early-years-setting", 24]
    ])
  })

  it("records nothing when loaded again", async () => {
    await loadKentPartnerships(ledger)
    expect((await ledger.state()).eventCount).toBe(state.eventCount)
  })
})
