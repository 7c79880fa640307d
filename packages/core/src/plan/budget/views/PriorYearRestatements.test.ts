import { describe, expect, it } from "vitest"
import * as Fte from "../../../money/Fte.js"
import * as Money from "../../../money/Money.js"
import * as Period from "../../../period/Period.js"
import * as Ledger from "../../../ledger/Ledger.js"
import type { PlanCommand } from "../../PlanCommand.js"
import * as InMemoryEventStore from "../../../store/InMemoryEventStore.js"
import { viewOf } from "../../../testkit/viewOf.js"
import * as ReconciliationFindings from "../../../views/ReconciliationFindings.js"

// Two years built here. The figures are the prior-year column of Kent County Council, LCSP
// Service Level Business Plan 2009/10, budget table (controllable expenditure £000, FTE):
// Behaviour Service 849.1 / 18.8, Education Welfare 1,528.3 / 54.7, Partnership boards 705.0 / 0.0,
// Base 31.9 / 0.0, Hands On Support 1,215.5 / 0.0. The 2008/09 plan holds them as its own lines;
// "Partnership support" is the two partnership lines as one, and Hands On Support sits in another
// unit's plan.
const PRIOR = "lcsp-2008-09"
const CURRENT = "lcsp-2009-10"
const OTHER_UNIT = "special-needs-2008-09"
const provenance = { actor: "Finance officer", reason: "budget tables", effectiveDate: Period.CalendarDate.make("2009-04-01") }

const draft = (planId: string, year: string, priorPlanId?: string): PlanCommand => ({
  _tag: "DraftPlan",
  planId,
  kind: "service-business-plan",
  title: `LCSP plan ${year}`,
  ownerId: "kcc-cfe",
  period: Period.financialYear(year),
  ...(priorPlanId === undefined ? {} : { priorPlanId })
})

// A line whose controllable expenditure is its employee costs, with the prior-year column if given.
const line = (
  planId: string,
  lineId: string,
  activity: string,
  figures: { readonly amount: string; readonly fte: string },
  prior?: { readonly amount: string; readonly fte: string }
): PlanCommand => ({
  _tag: "SetBudgetLine",
  planId,
  lineId,
  activity,
  figures: {
    fte: Fte.of(figures.fte),
    employeeCosts: Money.thousands(figures.amount),
    runningCosts: Money.pence(0),
    contractsAndProjects: Money.pence(0),
    externalIncome: Money.pence(0),
    internalIncome: Money.pence(0)
  },
  ...(prior === undefined ? {} : { prior: { controllableExpenditure: Money.thousands(prior.amount), fte: Fte.of(prior.fte) } }),
  stated: {}
})

const PARTNERSHIP_BOARDS = { amount: "705.0", fte: "0.0" }
const BASE = { amount: "31.9", fte: "0.0" }
const PARTNERSHIP_SUPPORT = {
  amount: Money.formatThousands(Money.sum([Money.fromThousands(PARTNERSHIP_BOARDS.amount), Money.fromThousands(BASE.amount)])),
  fte: "0.0"
}
const HANDS_ON_SUPPORT = { amount: "1,215.5", fte: "0.0" }

const twoYears = async (currentLines: ReadonlyArray<PlanCommand>, mappings: ReadonlyArray<PlanCommand> = []) => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  const record = async (planId: string, commands: ReadonlyArray<PlanCommand>) => {
    const outcome = await ledger.executePlan(planId, commands, provenance)
    if (!outcome.ok) throw outcome.error
  }
  await record(PRIOR, [
    draft(PRIOR, "2008/09"),
    line(PRIOR, "behaviour-service", "Behaviour Service", { amount: "849.1", fte: "18.8" }),
    line(PRIOR, "education-welfare", "Education Welfare", { amount: "1,528.3", fte: "54.7" }),
    line(PRIOR, "partnership-support", "Partnership support", PARTNERSHIP_SUPPORT)
  ])
  await record(OTHER_UNIT, [draft(OTHER_UNIT, "2008/09"), line(OTHER_UNIT, "hands-on-support", "Hands On Support", HANDS_ON_SUPPORT)])
  await record(CURRENT, [draft(CURRENT, "2009/10", PRIOR), ...currentLines])
  if (mappings.length > 0) await record(CURRENT, mappings)
  return viewOf(ReconciliationFindings.project(await ledger.state(), CURRENT)).filter((finding) => finding.code === "restated-prior-year")
}

const behaviourService = line(
  CURRENT,
  "behaviour-service",
  "Behaviour Service",
  { amount: "870.1", fte: "19.5" },
  { amount: "849.1", fte: "18.8" }
)
const splitLines = [
  line(CURRENT, "partnership-boards", "Partnership boards", { amount: "705.0", fte: "0.7" }, PARTNERSHIP_BOARDS),
  line(CURRENT, "base", "Base", { amount: "31.9", fte: "0.0" }, BASE)
]
const splitMapping: PlanCommand = {
  _tag: "MapPriorYearLines",
  planId: CURRENT,
  mappingId: "partnership-support-split",
  kind: "split",
  priorLineIds: ["partnership-support"],
  lineIds: ["partnership-boards", "base"],
  reason: "the partnership support line is shown as its two parts from 2009/10"
}

describe("prior-year figures restated across years", () => {
  it("finds nothing when this plan states the prior year as the prior plan did, a split line compared through its mapping", async () => {
    const findings = await twoYears(
      [
        behaviourService,
        line(CURRENT, "education-welfare", "Education Welfare", { amount: "1,351.5", fte: "50.2" }, { amount: "1,528.3", fte: "54.7" }),
        ...splitLines
      ],
      [splitMapping]
    )
    expect(findings).toEqual([])
  })

  it("reports each restated line as information, with both values and the difference, while the prior-year total agrees", async () => {
    // 28.3 moved from Education Welfare to Behaviour Service in the prior-year column: the total is unchanged.
    const moved = Money.fromThousands("28.3")
    const behaviourRestated = Money.sum([Money.fromThousands("849.1"), moved])
    const welfareRestated = Money.subtract(Money.fromThousands("1,528.3"), moved)
    const findings = await twoYears(
      [
        line(
          CURRENT,
          "behaviour-service",
          "Behaviour Service",
          { amount: "870.1", fte: "19.5" },
          { amount: Money.formatThousands(behaviourRestated), fte: "18.8" }
        ),
        line(
          CURRENT,
          "education-welfare",
          "Education Welfare",
          { amount: "1,351.5", fte: "50.2" },
          { amount: Money.formatThousands(welfareRestated), fte: "54.7" }
        ),
        ...splitLines
      ],
      [splitMapping]
    )
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "info",
        subject: 'budget line "Behaviour Service" prior-year controllable expenditure',
        stated: behaviourRestated,
        computed: Money.fromThousands("849.1"),
        difference: moved,
        priorYearTotalAgrees: true
      }),
      expect.objectContaining({
        severity: "info",
        subject: 'budget line "Education Welfare" prior-year controllable expenditure',
        stated: welfareRestated,
        computed: Money.fromThousands("1,528.3"),
        difference: Money.subtract(Money.zero, moved),
        priorYearTotalAgrees: true
      })
    ])
  })

  it("without the split's mapping, reports each new line against no prior line, as information since the total agrees", async () => {
    const findings = await twoYears([
      behaviourService,
      line(CURRENT, "education-welfare", "Education Welfare", { amount: "1,351.5", fte: "50.2" }, { amount: "1,528.3", fte: "54.7" }),
      ...splitLines
    ])
    expect(findings.map((finding) => [finding.severity, finding.subject, finding.stated, finding.computed])).toEqual([
      ["info", 'budget line "Partnership boards" prior-year controllable expenditure', Money.fromThousands("705.0"), 0],
      ["info", 'budget line "Base" prior-year controllable expenditure', Money.fromThousands("31.9"), 0]
    ])
  })

  it("is an error when a line moved in from another unit changes the prior-year total without a mapping, and nothing once it is mapped", async () => {
    const currentLines = [
      behaviourService,
      line(CURRENT, "education-welfare", "Education Welfare", { amount: "1,351.5", fte: "50.2" }, { amount: "1,528.3", fte: "54.7" }),
      ...splitLines,
      line(CURRENT, "hands-on-support", "Hands On Support", { amount: "1,215.5", fte: "0.2" }, HANDS_ON_SUPPORT)
    ]
    const unexplained = await twoYears(currentLines, [splitMapping])
    expect(unexplained).toEqual([
      expect.objectContaining({
        severity: "error",
        subject: 'budget line "Hands On Support" prior-year controllable expenditure',
        stated: Money.fromThousands(HANDS_ON_SUPPORT.amount),
        computed: 0,
        priorYearTotalAgrees: false
      }),
      expect.objectContaining({
        severity: "error",
        subject: "prior-year controllable total",
        difference: Money.fromThousands(HANDS_ON_SUPPORT.amount),
        priorYearTotalAgrees: false
      })
    ])
    const movedIn: PlanCommand = {
      _tag: "MapPriorYearLines",
      planId: CURRENT,
      mappingId: "hands-on-support-from-special-needs",
      kind: "moved-in",
      fromPlanId: OTHER_UNIT,
      priorLineIds: ["hands-on-support"],
      lineIds: ["hands-on-support"],
      reason: "Hands On Support transferred from the special needs unit"
    }
    expect(await twoYears(currentLines, [splitMapping, movedIn])).toEqual([])
  })
})
