import { viewOf } from "@plan-ledger/core/testkit"
import {
  BudgetStatement,
  ContentFindings,
  CurrentPlan,
  Fte,
  IndicatorScorecard,
  InMemoryEventStore,
  Ledger,
  type LedgerState,
  Money,
  ReconciliationFindings,
  StaffingTotals,
  VariationStatement
} from "@plan-ledger/core"
import { beforeAll, describe, expect, it } from "vitest"
import { COUNTY_PLAN_CATALOGUE_ID } from "../src/countyPlanCatalogue.js"
import { loadKentLcsp200910, PLAN_ID } from "../src/index.js"
import { NATIONAL_INDICATOR_CATALOGUE_ID } from "../src/nationalIndicatorCatalogue.js"

// Every expected figure below is printed in Kent County Council, LCSP Service Level Business Plan 2009/10: the
// revenue budget table "Operations, Resources and Skills (CFE) Local Children's Service
// Partnership" (Controllable Totals, Memorandum Items, Total Cost of Unit rows), the "LCSP
// Variation Statement", the "Staffing Levels" table and the "Key Performance Indicators" table; the
// counts of priorities, key actions, lead roles and consultations come from the tables cited above
// each test.
// Nothing here is computed by hand: the projections compute from the recorded events.

let state: LedgerState.LedgerState
let store: ReturnType<typeof InMemoryEventStore.make>

beforeAll(async () => {
  store = InMemoryEventStore.make()
  const ledger = Ledger.make({ store })
  await loadKentLcsp200910(ledger)
  state = await ledger.state()
})

describe("the LCSP service level business plan 2009/10 (Kent County Council, LCSP Service Level Business Plan 2009/10)", () => {
  it("projects the budget statement's Controllable Totals row", () => {
    const { totals } = viewOf(BudgetStatement.project(state, PLAN_ID))
    expect(Fte.format(totals.fte)).toBe("776.9")
    expect(Money.formatThousands(totals.grossExpenditure)).toBe("50,785.0")
    expect(Money.formatThousands(totals.externalIncome)).toBe("-321.0")
    expect(Money.formatThousands(totals.internalIncome)).toBe("-241.4")
    expect(Money.formatThousands(totals.controllableExpenditure)).toBe("50,222.6")
    expect(Money.formatThousands(totals.prior.controllableExpenditure)).toBe("16,789.8")
    expect(Fte.format(totals.prior.fte)).toBe("294.9")
  })

  it("projects memorandum items and the Total Cost of Unit row", () => {
    const statement = viewOf(BudgetStatement.project(state, PLAN_ID))
    expect(Money.formatThousands(statement.totalCostOfUnit.amount)).toBe("51,300.9")
    expect(Money.formatThousands(statement.totalCostOfUnit.priorAmount)).toBe("18,715.4")
  })

  it("projects the variation statement 16,790 → 50,222 and its 0.6 difference to the budget", () => {
    const bridge = viewOf(VariationStatement.project(state, PLAN_ID))
    expect(Money.formatWholeThousands(bridge.opening.amount)).toBe("16,790")
    expect(bridge.opening.source).toEqual({ kind: "stated" })
    expect(Money.formatWholeThousands(bridge.closing.amount)).toBe("50,222")
    expect(bridge.closing.amount).toBe(bridge.statedClosing?.amount)
    expect(bridge.difference === undefined ? undefined : Money.formatThousands(bridge.difference)).toBe("0.6")
  })

  it("reports the 0.6 variation difference as a warning, not an error", () => {
    const findings = viewOf(ReconciliationFindings.project(state, PLAN_ID))
    const closing = findings.find((finding) => finding.subject === "variation statement closing budget vs budget statement")
    expect(closing).toMatchObject({ severity: "warning", code: "variation-does-not-reconcile" })
    expect(Money.formatThousands(Money.Pence.make(closing?.difference ?? 0))).toBe("0.6")
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([])
  })

  it("projects staffing totals 294.9 → 776.9 FTE from the stated total", () => {
    const staffing = viewOf(StaffingTotals.project(state, PLAN_ID))
    expect(Fte.format(staffing.totals.priorFte)).toBe("294.9")
    expect(Fte.format(staffing.totals.fte)).toBe("776.9")
    expect(staffing.totals.source).toEqual({ priorFte: "stated", fte: "stated" })
  })

  it("scores NI 117 met, NI 75 near and NI 69 no-target for 2009/10", () => {
    const scorecard = viewOf(IndicatorScorecard.project(state, PLAN_ID))
    const row = (code: string) => scorecard.indicators.find((indicator) => indicator.code === code)
    expect(row("NI 117")).toMatchObject({ status: "met", latest: { value: 4.46, kind: "estimate" }, target: { value: 5.9 } })
    expect(row("NI 75")).toMatchObject({ status: "near", latest: { value: 56 }, target: { value: 57 } })
    expect(row("NI 69")).toMatchObject({ status: "no-target", latest: { value: 46.7, kind: "actual" } })
    expect(row("NI 69")?.unavailable.map((value) => value.kind)).toEqual(["estimate"])
  })

  // "Key Performance Indicators" (section 1, "Performance and achievements"): the table's rows by their printed codes, in order;
  // the two "% half days missed" rows print no code and are recorded as LOCAL ABS-PRI and LOCAL ABS-SEC.
  it("holds every row of the Key Performance Indicators table", () => {
    const printed = [
      "NI 69",
      "NI 87",
      "LOCAL ABS-PRI",
      "LOCAL ABS-SEC",
      "NI 114",
      "NI 50",
      "NI 117",
      "NI 107",
      "NI 73",
      "NI 108",
      "NI 75",
      "NI 93",
      "NI 94"
    ]
    const scorecard = viewOf(IndicatorScorecard.project(state, PLAN_ID))
    expect(scorecard.indicators).toHaveLength(13)
    expect(viewOf(CurrentPlan.project(state, PLAN_ID)).counts.indicators).toBe(13)
    expect(scorecard.indicators.map((row) => row.code)).toEqual(printed)
    const row = (code: string) => scorecard.indicators.find((indicator) => indicator.code === code)
    expect(row("NI 108")?.unavailable.map((value) => [value.kind, value.reason])).toEqual([
      ["actual", "To follow"],
      ["estimate", "To follow"],
      ["target", "To follow"]
    ])
  })

  // "The LCSP will fulfill its core purpose by:" (introduction, "Core Purpose of Local Children Services Partnerships"): the plan
  // numbers these 1 to 10 and groups them under no theme.
  it("holds the ten numbered ways the LCSPs will fulfil their core purpose as priorities without themes", () => {
    const plan = viewOf(CurrentPlan.project(state, PLAN_ID))
    const printed = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
    expect(plan.counts.priorities).toBe(printed.length)
    expect(plan.themes).toEqual([])
    expect(plan.otherPriorities.map((priority) => priority.code)).toEqual(printed)
  })

  // "LCSP key actions, projects and developments 2009 - 10" (section 2): the plan numbers its actions 1 to 14, each with an
  // a/c manager and target dates.
  it("holds all fourteen key actions, each with its accountable manager and target dates", () => {
    const plan = viewOf(CurrentPlan.project(state, PLAN_ID))
    expect(plan.counts.keyActions).toBe(14)
    const findings = viewOf(ContentFindings.project(state, PLAN_ID, { today: "2009-04-01" }))
    expect(
      findings.filter(
        (finding) =>
          finding.code === "action-without-lead" ||
          finding.code === "action-without-target-date" ||
          finding.code === "action-priority-not-defined"
      )
    ).toEqual([])
    const served = plan.otherPriorities.find((priority) => priority.code === "6")?.actions.map((action) => action.actionId)
    expect(served).toEqual(["7"])
  })

  // "Lead Roles", table "Key Corporate/Directorate Targets" (section 2): the LAA target rows, the 2010 target rows and one row
  // for each of the CYPP's "8 high level priorities", by their printed codes.
  it("holds every row of the lead roles table", () => {
    const laaTargets = ["NI 117", "NI 111", "NI 110", "NI 55", "NI 51", "NI 109"]
    const targets2010 = [
      "TARGET 10",
      "TARGET 11",
      "TARGET 12",
      "TARGET 13",
      "TARGET 14",
      "TARGET 15",
      "TARGET 16",
      "TARGET 51",
      "TARGET 47",
      "TARGET 55"
    ].map((target) => `2010 ${target}`)
    const cyppPriorities = 8
    const { leadRoles } = viewOf(CurrentPlan.project(state, PLAN_ID))
    expect(leadRoles).toHaveLength(laaTargets.length + targets2010.length + cyppPriorities)
    expect(leadRoles.slice(0, laaTargets.length + targets2010.length).map((role) => role.code)).toEqual([...laaTargets, ...targets2010])
    expect(leadRoles.find((role) => role.code === "NI 117")?.leadOfficer).toBe("Karla Phillips Strategy, Policy & Performance (Sue Dunn)")
  })

  // "Consultation Exercises, Satisfaction Surveys, Reviews" (section 2): three rows, none statutory.
  it("holds the three consultations, none statutory", () => {
    const { consultations } = viewOf(CurrentPlan.project(state, PLAN_ID))
    expect(consultations.map((consultation) => consultation.name)).toEqual([
      "Support for the NFER Pupil Survey",
      "LCSP ongoing participation arrangements",
      "LCSP Evaluation"
    ])
    expect(consultations.map((consultation) => consultation.statutory)).toEqual([false, false, false])
    expect(consultations.map((consultation) => consultation.contact)).toEqual(["Anthony Mort", "LCSP Manager", "Joy Ackroyd"])
  })

  it("records no risks: the plan prints no risk table", () => {
    expect(viewOf(CurrentPlan.project(state, PLAN_ID)).risks).toEqual([])
  })

  it("catalogues the county plan's 8 priorities, 23 lettered outcomes and 4 key enablers as the plan lists them", () => {
    // "Key Corporate/Directorate Targets": KCYPP Priority 1 to 8 with Outcome 1A to 8C, and the CYPP key enablers.
    const county = state.catalogues.get(COUNTY_PLAN_CATALOGUE_ID)
    expect([county?.countyPriorities.size, county?.countyOutcomes.size, county?.keyEnablers.size]).toEqual([8, 23, 4])
    expect([...(county?.countyOutcomes.keys() ?? [])].filter((code) => code.startsWith("7"))).toEqual(["7A", "7B", "7C", "7D"])
  })

  it("catalogues the National Indicators of the KPI table with units and polarities, and those it supports by title", () => {
    const indicators = state.catalogues.get(NATIONAL_INDICATOR_CATALOGUE_ID)?.nationalIndicators
    expect(indicators?.get("NI 117")).toMatchObject({
      title: "16-18 year olds not in education, employment or training",
      unit: "percent",
      polarity: "lower-is-better"
    })
    expect(indicators?.get("NI 112")).toMatchObject({ title: "Under 18 conception rate" })
    expect(indicators?.get("NI 112")?.polarity).toBeUndefined()
  })

  it("records nothing when the plan is loaded again", async () => {
    const before = state.eventCount
    await loadKentLcsp200910(Ledger.make({ store }))
    const after = await Ledger.make({ store }).state()
    expect(after.eventCount).toBe(before)
    expect((await store.verify()).ok).toBe(true)
  })
})
