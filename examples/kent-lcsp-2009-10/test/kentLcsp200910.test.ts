import { viewOf } from "@plan-ledger/core/testkit"
import {
  BudgetStatement,
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
import { loadKentLcsp200910, PLAN_ID } from "../src/index.js"

// Every expected figure below is printed in Kent County Council, LCSP Service Level Business Plan 2009/10: the
// revenue budget table "Operations, Resources and Skills (CFE) Local Children's Service
// Partnership" (Controllable Totals, Memorandum Items, Total Cost of Unit rows), the "LCSP
// Variation Statement", the "Staffing Levels" table and the "Key Performance Indicators" table.
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
    expect(Money.formatThousands(bridge.difference)).toBe("0.6")
  })

  it("reports the 0.6 variation difference as a warning, not an error", () => {
    const findings = viewOf(ReconciliationFindings.project(state, PLAN_ID))
    const closing = findings.find((finding) => finding.subject === "variation statement closing budget vs budget statement")
    expect(closing).toMatchObject({ severity: "warning", code: "variation-does-not-reconcile" })
    expect(Money.formatThousands(Money.pence(closing?.difference ?? 0))).toBe("0.6")
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

  it("records nothing when the plan is loaded again", async () => {
    const before = state.eventCount
    await loadKentLcsp200910(Ledger.make({ store }))
    const after = await Ledger.make({ store }).state()
    expect(after.eventCount).toBe(before)
    expect((await store.verify()).ok).toBe(true)
  })
})
