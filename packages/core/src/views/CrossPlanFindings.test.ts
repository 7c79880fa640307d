import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Ledger from "../ledger/Ledger.js"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import * as Period from "../period/Period.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import type { PlanKind } from "../plan/lifecycle/events.js"
import * as InMemoryEventStore from "../store/InMemoryEventStore.js"
import * as CrossPlanFindings from "./CrossPlanFindings.js"
import { RECONCILIATION_TOLERANCE } from "../plan/views/Rounding.js"

// Every figure is the test's own; each expected figure is computed from the lines it records.
const provenance = { actor: "test", reason: "cross-plan test", effectiveDate: Period.CalendarDate.make("2009-04-01") }

const draft = (planId: string, ownerId: string, kind: PlanKind = "service-business-plan", priorPlanId?: string): PlanCommand => ({
  _tag: "DraftPlan",
  planId,
  kind,
  title: `Plan ${planId}`,
  ownerId,
  period: Period.financialYear(planId.endsWith("2008-09") ? "2008/09" : "2009/10"),
  ...(priorPlanId === undefined ? {} : { priorPlanId })
})

const line = (planId: string, activity: string, employee: string, fte: string, fundingSource?: string): PlanCommand => ({
  _tag: "SetBudgetLine",
  planId,
  lineId: activity.toLowerCase().replace(/\s+/gu, "-"),
  activity,
  ...(fundingSource === undefined ? {} : { fundingSource }),
  figures: {
    fte: Fte.of(fte),
    employeeCosts: Money.thousands(employee),
    runningCosts: Money.pence(0),
    contractsAndProjects: Money.pence(0),
    externalIncome: Money.pence(0),
    internalIncome: Money.pence(0)
  },
  stated: {}
})

const ledgerWith = async (plans: ReadonlyArray<readonly [string, ReadonlyArray<PlanCommand>]>) => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  for (const [planId, commands] of plans) {
    const outcome = await ledger.executePlan(planId, commands, provenance)
    if (!outcome.ok) throw new Error(outcome.error.message)
  }
  return ledger
}

const reportOf = async (ledger: Ledger.Ledger, planId?: string) =>
  Result.getOrThrow(CrossPlanFindings.project(await ledger.state(), { planId }))

// A partnership's plan with two lines, and a directorate plan whose line carries it.
const partnershipPlan: readonly [string, ReadonlyArray<PlanCommand>] = [
  "ashford-2009-10",
  [
    draft("ashford-2009-10", "ashford-1"),
    line("ashford-2009-10", "Early Years", "120.4", "3.0"),
    line("ashford-2009-10", "Admin", "30.0", "1.5")
  ]
]
const directoratePlan = (employee: string, fte: string): readonly [string, ReadonlyArray<PlanCommand>] => [
  "cfe-2009-10",
  [
    draft("cfe-2009-10", "kcc-cfe", "directorate-business-plan"),
    line("cfe-2009-10", "LCSP Ashford", employee, fte),
    { _tag: "LinkCarriedPlan", planId: "cfe-2009-10", lineId: "lcsp-ashford", carriedPlanId: "ashford-2009-10" }
  ]
]
const carriedTotal = Money.sum([Money.fromThousands("120.4"), Money.fromThousands("30.0")])

describe("cross-plan findings", () => {
  it("finds nothing when a line carries exactly the plan's controllable total and FTE", async () => {
    const ledger = await ledgerWith([partnershipPlan, directoratePlan("150.4", "4.5")])
    expect(await reportOf(ledger)).toMatchObject({ findings: [], notCompared: [] })
  })

  it("names both plans, both figures and the difference of a carried plan, a warning within rounding and an error beyond", async () => {
    const within = await reportOf(await ledgerWith([partnershipPlan, directoratePlan("150.5", "4.5")]))
    expect(within.findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "carried-plan-differs",
        measure: "money",
        plan: expect.objectContaining({ planId: "cfe-2009-10", amount: Money.fromThousands("150.5") }),
        otherPlan: expect.objectContaining({ planId: "ashford-2009-10", amount: carriedTotal }),
        difference: Money.fromThousands("150.5") - carriedTotal,
        tolerance: RECONCILIATION_TOLERANCE.carriedPlanControllable(2)
      })
    ])
    expect(within.findings[0]?.message).toContain("Plan cfe-2009-10 (cfe-2009-10)")
    expect(within.findings[0]?.message).toContain("Plan ashford-2009-10 (ashford-2009-10)")
    const beyond = await reportOf(await ledgerWith([partnershipPlan, directoratePlan("160.4", "5.5")]))
    expect(beyond.findings.map((finding) => [finding.severity, finding.measure, finding.difference])).toEqual([
      ["error", "money", Money.fromThousands("160.4") - carriedTotal],
      ["error", "fte", Fte.fromDecimal("5.5") - Fte.sum([Fte.fromDecimal("3.0"), Fte.fromDecimal("1.5")])]
    ])
  })

  it("says a carried plan the ledger does not hold is not compared", async () => {
    const report = await reportOf(await ledgerWith([directoratePlan("150.4", "4.5")]))
    expect(report.findings).toEqual([])
    expect(report.notCompared).toEqual([
      expect.objectContaining({ planId: "cfe-2009-10", otherPlanId: "ashford-2009-10", reason: "the ledger does not hold that plan" })
    ])
  })

  it("refuses to link a line the plan does not have", async () => {
    const ledger = await ledgerWith([partnershipPlan])
    const outcome = await ledger.executePlan(
      "ashford-2009-10",
      [{ _tag: "LinkCarriedPlan", planId: "ashford-2009-10", lineId: "behaviour-service", carriedPlanId: "cfe-2009-10" }],
      provenance
    )
    expect(outcome.ok ? undefined : outcome.error._tag).toBe("InvalidBudgetLine")
  })

  it("compares a plan's budget FTE total with its staffing total", async () => {
    const [planId, commands] = partnershipPlan
    const staffing: ReadonlyArray<PlanCommand> = [
      { _tag: "SetStaffingRow", planId, rowType: "band", name: "Pt13 and above", priorFte: undefined, fte: Fte.of("2.0") },
      { _tag: "SetStaffingRow", planId, rowType: "band", name: "Pt12 and below", priorFte: undefined, fte: Fte.of("3.0") }
    ]
    const report = await reportOf(await ledgerWith([[planId, [...commands, ...staffing]]]))
    const budgetFte = Fte.sum([Fte.fromDecimal("3.0"), Fte.fromDecimal("1.5")])
    const staffingFte = Fte.sum([Fte.fromDecimal("2.0"), Fte.fromDecimal("3.0")])
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: "budget-fte-differs-from-staffing",
        severity: "error",
        plan: expect.objectContaining({ planId, amount: budgetFte }),
        otherPlan: expect.objectContaining({ planId, amount: staffingFte }),
        difference: budgetFte - staffingFte,
        tolerance: RECONCILIATION_TOLERANCE.budgetFteAgainstStaffing(2, 2)
      })
    ])
  })

  it("compares a printed variation opening with the prior plan's controllable total", async () => {
    const prior: readonly [string, ReadonlyArray<PlanCommand>] = [
      "cfe-2008-09",
      [draft("cfe-2008-09", "kcc-cfe"), line("cfe-2008-09", "Early Years", "2,527.8", "59.1")]
    ]
    const current: readonly [string, ReadonlyArray<PlanCommand>] = [
      "cfe-2009-10",
      [
        draft("cfe-2009-10", "kcc-cfe", "service-business-plan", "cfe-2008-09"),
        { _tag: "StateVariationOpening", planId: "cfe-2009-10", label: "2008/09 budget", amount: Money.thousands("2,528") }
      ]
    ]
    const report = await reportOf(await ledgerWith([prior, current]))
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: "variation-opening-differs-from-prior-plan",
        severity: "warning",
        plan: expect.objectContaining({ planId: "cfe-2009-10", amount: Money.fromThousands("2,528") }),
        otherPlan: expect.objectContaining({ planId: "cfe-2008-09", amount: Money.fromThousands("2,527.8") }),
        difference: Money.fromThousands("2,528") - Money.fromThousands("2,527.8")
      })
    ])
  })

  it("compares a local plan's resources with its partnership's budget lines only where both name the source", async () => {
    const lcypp: readonly [string, ReadonlyArray<PlanCommand>] = [
      "ashford-1-lcypp",
      [
        draft("ashford-1-lcypp", "ashford-1", "local-children-and-young-peoples-plan"),
        ...["£27000 Aiming High", "£2750 (Start Up)"].map((funding, index): PlanCommand => ({
          _tag: "AddKeyAction",
          planId: "ashford-1-lcypp",
          actionId: `KA${index + 1}`,
          title: `Action ${index + 1}`,
          leadPartners: [],
          priorityCodes: [],
          links: [],
          plannedOutcomes: [],
          targetDates: [],
          funding
        }))
      ]
    ]
    const budget: readonly [string, ReadonlyArray<PlanCommand>] = [
      "ashford-2009-10",
      [
        draft("ashford-2009-10", "ashford-1"),
        line("ashford-2009-10", "Short breaks", "30.0", "1.0", "Aiming high"),
        line("ashford-2009-10", "Admin", "30.0", "1.5", "KCC base budget")
      ]
    ]
    const report = await reportOf(await ledgerWith([lcypp, budget]), "ashford-1-lcypp")
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: "resources-differ-from-budget-lines",
        severity: "error",
        plan: expect.objectContaining({ planId: "ashford-1-lcypp", amount: Money.fromPounds("27000") }),
        otherPlan: expect.objectContaining({ planId: "ashford-2009-10", amount: Money.fromThousands("30.0") }),
        difference: Money.fromPounds("27000") - Money.fromThousands("30.0")
      })
    ])
    const alone = await reportOf(await ledgerWith([lcypp]))
    expect(alone.notCompared).toEqual([expect.objectContaining({ planId: "ashford-1-lcypp", otherPlanId: undefined })])
  })

  it("reads the same findings of a plan from its related plans' streams as from the whole ledger", async () => {
    const ledger = await ledgerWith([
      partnershipPlan,
      directoratePlan("160.4", "4.5"),
      ["other-2009-10", [draft("other-2009-10", "dover"), line("other-2009-10", "Admin", "1.0", "1.0")]]
    ])
    const related = await ledger.relatedPlansState("cfe-2009-10")
    expect([...related.plans.keys()].sort()).toEqual(["ashford-2009-10", "cfe-2009-10"])
    expect(Result.getOrThrow(CrossPlanFindings.project(related, { planId: "cfe-2009-10" })).findings).toEqual(
      (await reportOf(ledger, "cfe-2009-10")).findings
    )
    expect(Result.flip(CrossPlanFindings.project(related, { planId: "no-such-plan" }))).toEqual(
      Result.succeed(expect.objectContaining({ _tag: "PlanNotFound", planId: "no-such-plan" }))
    )
  })
})
