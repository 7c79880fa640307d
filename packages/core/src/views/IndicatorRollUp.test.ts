import { describe, expect, it } from "vitest"
import * as Ledger from "../ledger/Ledger.js"
import type { PartnershipCommand } from "../partnership/PartnershipDecider.js"
import * as Period from "../period/Period.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import * as InMemoryEventStore from "../store/InMemoryEventStore.js"
import * as IndicatorRollUp from "./IndicatorRollUp.js"

// Every figure is built here: two LCSPs, a county, and a plan reporting a count, a percentage
// with the counts behind it and a rate without them, for each LCSP.
const year = Period.financialYear("2009/10")
const provenance = { actor: "test", reason: "roll-up test", effectiveDate: Period.CalendarDate.make("2009-04-01") }
const planId = "report-card"

const lcsp = (partnershipId: string): ReadonlyArray<PartnershipCommand> => [
  { _tag: "RegisterPartnership", partnershipId, kind: "cluster", name: partnershipId, area: partnershipId },
  { _tag: "TransformClusterToLcsp", partnershipId, transformedOn: Period.CalendarDate.make("2008-09-01") }
]

const value = (
  code: string,
  area: string,
  reported: number,
  basis?: { readonly numerator: number; readonly denominator: number }
): PlanCommand => ({
  _tag: "ReportIndicatorValue",
  planId,
  code,
  area,
  period: year,
  kind: "actual",
  value: reported,
  qualifiers: [],
  ...(basis === undefined ? {} : { basis })
})

const indicator = (code: string, unit: "count" | "percent" | "rate-per-1000"): PlanCommand => ({
  _tag: "AddPlanIndicator",
  planId,
  code,
  title: code,
  unit,
  polarity: "higher-is-better",
  categories: [],
  area: "kent"
})

const ledgerState = async () => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  for (const id of ["north", "south"]) await ledger.executePartnership(id, lcsp(id), provenance)
  await ledger.executePartnership(
    "kent",
    [{ _tag: "RegisterPartnership", partnershipId: "kent", kind: "county", name: "Kent", area: "Kent" }],
    provenance
  )
  const outcome = await ledger.executePlan(
    planId,
    [
      { _tag: "DraftPlan", planId, kind: "service-business-plan", title: "Report card", ownerId: "kent", period: year },
      indicator("looked-after", "count"),
      indicator("attainment", "percent"),
      indicator("admissions", "rate-per-1000"),
      value("looked-after", "north", 12),
      value("looked-after", "south", 30),
      value("attainment", "north", 50, { numerator: 50, denominator: 100 }),
      value("attainment", "south", 80, { numerator: 240, denominator: 300 }),
      value("admissions", "north", 4.2),
      value("admissions", "south", 3.9, { numerator: 39, denominator: 10000 })
    ],
    provenance
  )
  if (!outcome.ok) throw outcome.error
  return ledger.state()
}

describe("indicator roll-up from partnerships to the county", () => {
  it("sums counts", async () => {
    const rollUp = IndicatorRollUp.project(await ledgerState(), "looked-after")
    expect(rollUp.rows).toMatchObject([{ value: 42, areas: ["north", "south"], missingAreas: [], refused: undefined }])
  })

  it("recomputes a percentage from the summed counts behind it, not the average of the percentages", async () => {
    const rollUp = IndicatorRollUp.project(await ledgerState(), "attainment")
    // (50 + 240) / (100 + 300) = 72.5%, where averaging 50% and 80% would say 65%.
    expect(rollUp.rows).toMatchObject([{ value: 72.5, basis: { numerator: 290, denominator: 400 } }])
  })

  it("refuses a rate when a partnership's value comes without the counts behind it, and says which", async () => {
    const [row] = IndicatorRollUp.project(await ledgerState(), "admissions").rows
    expect(row?.value).toBeUndefined()
    expect(row?.refused).toContain("north")
  })

  it("says when no plan defines the indicator, and counts school clusters before their transformation", async () => {
    const state = await ledgerState()
    expect(IndicatorRollUp.project(state, "missing").refused).toBe("no plan defines indicator missing")
    const beforeLcsps = IndicatorRollUp.project(state, "looked-after", { effectiveOn: "2008-08-31" })
    expect(beforeLcsps.rows[0]?.value).toBe(42)
  })
})
