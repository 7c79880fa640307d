import { describe, expect, it } from "vitest"
import * as Period from "../period/Period.js"
import type { PartnershipEvent } from "./events.js"
import { on } from "./PartnershipOnDate.js"
import { fold } from "./PartnershipState.js"

const date = Period.CalendarDate.make
const partnershipId = "p"
const history: ReadonlyArray<PartnershipEvent> = [
  { _tag: "PartnershipRegistered", partnershipId, kind: "cluster", name: "P", area: "A" },
  { _tag: "ClusterTransformedToLcsp", partnershipId, transformedOn: date("2008-09-01") },
  { _tag: "PartnershipManagerAppointed", partnershipId, managerName: "second", appointedOn: date("2009-01-05") },
  { _tag: "PartnershipManagerAppointed", partnershipId, managerName: "first", appointedOn: date("2008-09-01") },
  { _tag: "PartnershipBoardEstablished", partnershipId, establishedOn: date("2008-10-01") },
  { _tag: "PartnershipBoardAgencyJoined", partnershipId, agency: "Health", joinedOn: date("2008-10-01") },
  { _tag: "PartnershipBoardAgencyJoined", partnershipId, agency: "Police", joinedOn: date("2009-02-01") },
  { _tag: "PartnershipPopulationRecorded", partnershipId, ageBand: "0-19", count: 100, countedOn: date("2008-09-01") },
  { _tag: "PartnershipPopulationRecorded", partnershipId, ageBand: "0-19", count: 110, countedOn: date("2009-09-01") },
  { _tag: "PartnershipPopulationRecorded", partnershipId, ageBand: "0-19", count: 105, countedOn: date("2009-09-01") }
]

describe("a partnership on a date", () => {
  const partnership = fold(history)
  if (partnership === undefined) throw new Error("the history registers the partnership")

  it("is the cluster it was registered as before its transformation, and an LCSP from that day", () => {
    expect(on(partnership, "2008-08-31")).toMatchObject({ kind: "cluster", transformedOn: undefined })
    expect(on(partnership, "2008-09-01")).toMatchObject({ kind: "lcsp", transformedOn: date("2008-09-01") })
  })

  it("has the manager then in post, whatever order the appointments were recorded in", () => {
    expect(on(partnership, "2008-08-31").manager).toBeUndefined()
    expect(on(partnership, "2008-12-31").manager?.name).toBe("first")
    expect(on(partnership, undefined).manager?.name).toBe("second")
  })

  it("has a board only once established, with the agencies that had joined by then", () => {
    expect(on(partnership, "2008-09-30").board).toBeUndefined()
    expect(on(partnership, "2008-12-31").board).toEqual({ establishedOn: date("2008-10-01"), agencies: ["Health"] })
    expect(on(partnership, undefined).board?.agencies).toEqual(["Health", "Police"])
  })

  it("has the latest count made by then, a correction for the same date replacing the first record", () => {
    expect(on(partnership, "2009-08-31").population["0-19"]).toEqual({ count: 100, countedOn: date("2008-09-01") })
    expect(on(partnership, "2009-09-01").population["0-19"]).toEqual({ count: 105, countedOn: date("2009-09-01") })
    expect(on(partnership, "2008-08-31").population["0-19"]).toBeUndefined()
  })
})
