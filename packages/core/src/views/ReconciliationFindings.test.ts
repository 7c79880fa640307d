import { Result } from "effect"
import { describe, expect, it } from "vitest"
import type { PlanEvent } from "../plan/PlanEvent.js"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import * as Period from "../period/Period.js"
import { foldable } from "../testkit/foldable.js"
import * as LedgerState from "../ledger/LedgerState.js"
import * as ReconciliationFindings from "./ReconciliationFindings.js"

const drafted = (planId: string, priorPlanId?: string): PlanEvent => ({
  _tag: "PlanDrafted",
  planId,
  kind: "service-business-plan",
  title: planId,
  ownerId: "kcc-cfe",
  period: Period.financialYear(planId.endsWith("2009-10") ? "2009/10" : "2008/09"),
  ...(priorPlanId === undefined ? {} : { priorPlanId })
})

const line = (
  planId: string,
  employee: string,
  stated: { gross?: string; controllable?: string } = {},
  prior?: { controllable: string; fte: string }
): PlanEvent => ({
  _tag: "BudgetLineAdded",
  planId,
  lineId: "education-welfare",
  activity: "Education Welfare",
  fundingSource: "unspecified",
  figures: {
    fte: Fte.fromDecimal("50.2"),
    employeeCosts: Money.fromThousands(employee),
    runningCosts: Money.zero,
    contractsAndProjects: Money.zero,
    externalIncome: Money.zero,
    internalIncome: Money.zero
  },
  stated: {
    ...(stated.gross === undefined ? {} : { grossExpenditure: Money.fromThousands(stated.gross) }),
    ...(stated.controllable === undefined ? {} : { controllableExpenditure: Money.fromThousands(stated.controllable) })
  },
  ...(prior === undefined
    ? {}
    : { prior: { controllableExpenditure: Money.fromThousands(prior.controllable), fte: Fte.fromDecimal(prior.fte) } })
})

const findingsOf = async (events: ReadonlyArray<PlanEvent>, planId = "plan-2009-10") =>
  Result.getOrThrow(ReconciliationFindings.project(await LedgerState.replay(foldable(events)), planId))

describe("reconciliation findings", () => {
  it("finds nothing when every printed figure adds up", async () => {
    expect(
      await findingsOf([drafted("plan-2009-10"), line("plan-2009-10", "1,351.5", { gross: "1,351.5", controllable: "1,351.5" })])
    ).toEqual([])
  })

  it("calls a printed gross a rounding warning within half a unit per figure, and an error beyond", async () => {
    const [withinRounding] = await findingsOf([drafted("plan-2009-10"), line("plan-2009-10", "1,351.5", { gross: "1,351.6" })])
    expect(withinRounding).toMatchObject({
      code: "line-arithmetic-mismatch",
      severity: "warning",
      measure: "money",
      difference: Money.fromThousands("0.1")
    })
    const [beyond] = await findingsOf([drafted("plan-2009-10"), line("plan-2009-10", "1,351.5", { gross: "1,361.5" })])
    expect(beyond).toMatchObject({
      code: "line-arithmetic-mismatch",
      severity: "error",
      stated: Money.fromThousands("1,361.5"),
      computed: Money.fromThousands("1,351.5")
    })
    expect(beyond?.message).toContain("£10.0k")
  })

  it("checks a printed Controllable Totals row against the lines", async () => {
    const findings = await findingsOf([
      drafted("plan-2009-10"),
      line("plan-2009-10", "1,351.5"),
      {
        _tag: "BudgetTotalsStated",
        planId: "plan-2009-10",
        row: "controllable-totals",
        stated: { controllableExpenditure: Money.fromThousands("1,451.5"), fte: Fte.fromDecimal("50.2") }
      }
    ])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      code: "stated-total-mismatch",
      severity: "error",
      subject: "Controllable Totals controllable expenditure"
    })
  })

  it("checks the variation statement against the budget's controllable total", async () => {
    const findings = await findingsOf([
      drafted("plan-2009-10"),
      line("plan-2009-10", "1,351.5"),
      { _tag: "VariationOpeningStated", planId: "plan-2009-10", label: "2008/09 budget", amount: Money.fromThousands("1,000") },
      {
        _tag: "VariationItemRecorded",
        planId: "plan-2009-10",
        itemId: "pay",
        section: "pressure",
        description: "Pay",
        amount: Money.fromThousands("100")
      }
    ])
    expect(findings).toEqual([
      expect.objectContaining({ code: "variation-does-not-reconcile", severity: "error", difference: Money.fromThousands("251.5") })
    ])
  })

  it("shows prior-year figures this plan restates against the prior plan's own", async () => {
    const findings = await findingsOf([
      drafted("plan-2008-09"),
      line("plan-2008-09", "1,528.3"),
      drafted("plan-2009-10", "plan-2008-09"),
      line("plan-2009-10", "1,351.5", {}, { controllable: "1,500.0", fte: "50.2" })
    ])
    expect(findings).toEqual([
      expect.objectContaining({
        code: "restated-prior-year",
        severity: "error",
        stated: Money.fromThousands("1,500.0"),
        computed: Money.fromThousands("1,528.3"),
        priorYearTotalAgrees: false
      }),
      expect.objectContaining({
        code: "restated-prior-year",
        subject: "prior-year controllable total",
        severity: "error",
        stated: Money.fromThousands("1,500.0"),
        computed: Money.fromThousands("1,528.3")
      })
    ])
  })

  it("checks the justification of staffing movement against the change in FTE", async () => {
    const findings = await findingsOf([
      drafted("plan-2009-10"),
      {
        _tag: "StaffingRowRecorded",
        planId: "plan-2009-10",
        rowType: "division",
        name: "Finance",
        priorFte: Fte.fromDecimal("10.0"),
        fte: Fte.fromDecimal("14.0")
      },
      { _tag: "StaffingMovementJustified", planId: "plan-2009-10", category: "MTP", fte: Fte.fromDecimal("3.0") },
      { _tag: "StaffingTotalStated", planId: "plan-2009-10", priorFte: Fte.fromDecimal("10.0"), fte: Fte.fromDecimal("14.0") }
    ])
    expect(findings).toEqual([
      expect.objectContaining({
        code: "movement-does-not-reconcile",
        severity: "error",
        measure: "fte",
        stated: Fte.fromDecimal("3.0"),
        computed: Fte.fromDecimal("4.0")
      })
    ])
  })
})
