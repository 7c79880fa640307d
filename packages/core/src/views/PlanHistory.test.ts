import { describe, expect, it } from "vitest"
import { Fte, InMemoryEventStore, Ledger, Money, Period } from "../index.js"
import { StreamName } from "../store.js"
import * as IndicatorCatalogue from "../plan/indicators/views/IndicatorCatalogue.js"
import * as PlanHistory from "./PlanHistory.js"

const provenance = { actor: "finance-officer", reason: "budget setting", effectiveDate: Period.CalendarDate.make("2009-04-01") }

describe("plan history and indicator catalogue", () => {
  it("shows who changed what, when, why and on whose authority", async () => {
    const store = InMemoryEventStore.make()
    const ledger = Ledger.make({ store, clock: () => new Date("2009-03-01T09:00:00.000Z") })
    const planId = "history-plan"
    const line = (runningCosts: string) => ({
      _tag: "SetBudgetLine" as const,
      planId,
      lineId: "base",
      activity: "Base",
      figures: {
        fte: Fte.hundredths(0),
        employeeCosts: Money.pence(0),
        runningCosts: Money.thousands(runningCosts),
        contractsAndProjects: Money.pence(0),
        externalIncome: Money.pence(0),
        internalIncome: Money.pence(0)
      },
      stated: {}
    })
    await ledger.executePlan(
      planId,
      [
        {
          _tag: "DraftPlan",
          planId,
          kind: "service-business-plan",
          title: "History plan",
          ownerId: "kcc-cfe",
          period: Period.financialYear("2009/10")
        },
        line("31.9"),
        { _tag: "ApprovePlan", planId, approvedBy: "Cabinet", approvedOn: Period.CalendarDate.make("2009-03-16") }
      ],
      provenance
    )
    const restated = await ledger.executePlan(planId, [line("35.0")], {
      ...provenance,
      reason: "rent review",
      authority: "Cabinet Member decision 09/01234",
      effectiveDate: Period.CalendarDate.make("2009-07-01")
    })
    expect(restated.ok).toBe(true)

    const stream = []
    for await (const event of store.readStream(StreamName.forPlan(planId))) stream.push(event)
    const history = PlanHistory.project(stream)
    expect(history.map((entry) => [entry.type, entry.subject, entry.summary])).toEqual([
      ["PlanDrafted", "the plan", "drafted plan History plan"],
      ["BudgetLineAdded", 'budget line "Base"', "added budget line Base"],
      ["PlanApproved", "the plan", "plan status draft → approved, approved by Cabinet, approved on 2009-03-16"],
      ["PlanRestated", 'budget line "Base"', 'restatement of budget line "Base" on the authority of Cabinet Member decision 09/01234'],
      ["BudgetLineRevised", "budget line base", "Base running costs £31.9k → £35.0k"]
    ])
    expect(history[3]).toMatchObject({
      reason: "rent review",
      authority: "Cabinet Member decision 09/01234",
      effectiveDate: "2009-07-01",
      actor: "finance-officer"
    })
  })

  it("says a slipped action's new target date in the plan's own words", async () => {
    const store = InMemoryEventStore.make()
    const ledger = Ledger.make({ store, clock: () => new Date("2009-09-01T09:00:00.000Z") })
    const planId = "ashford-1-lcypp"
    // Ashford 1 local children and young people's plan 2008–2011, key actions: Priority 1.2 is due
    // "July 09"; the slip to "December 09" is this test's own input.
    const outcome = await ledger.executePlan(
      planId,
      [
        {
          _tag: "DraftPlan",
          planId,
          kind: "local-children-and-young-peoples-plan",
          title: "Ashford 1",
          ownerId: "ashford-1",
          period: Period.financialYear("2009/10")
        },
        {
          _tag: "AddKeyAction",
          planId,
          actionId: "Priority 1.2",
          title: "Target the families most vulnerable to poor health and lifestyle",
          accountableManager: undefined,
          leadPartners: ["Health"],
          priorityCodes: ["Priority 1"],
          links: [],
          plannedOutcomes: [],
          targetDates: ["July 09"],
          funding: "Staff time"
        },
        {
          _tag: "RecordActionProgress",
          planId,
          actionId: "Priority 1.2",
          recordedOn: Period.CalendarDate.make("2009-09-01"),
          status: "slipped",
          note: "venue not available",
          revisedTargetDate: "December 09"
        }
      ],
      provenance
    )
    expect(outcome.ok).toBe(true)
    const stream = []
    for await (const event of store.readStream(StreamName.forPlan(planId))) stream.push(event)
    expect(PlanHistory.project(stream).at(-1)?.summary).toBe(
      "action Priority 1.2 target date July 09 → December 09, progress note venue not available (slipped)"
    )
  })

  it("lists each indicator once, and shows plans that define it differently", async () => {
    const ledger = Ledger.make({ store: InMemoryEventStore.make() })
    for (const [planId, title] of [
      ["plan-a", "NEET 16-18"],
      ["plan-b", "NEET 16-18"],
      ["plan-c", "Young people not in education"]
    ] as const) {
      await ledger.executePlan(
        planId,
        [
          {
            _tag: "DraftPlan",
            planId,
            kind: "service-business-plan",
            title: planId,
            ownerId: "kcc-cfe",
            period: Period.financialYear("2009/10")
          },
          {
            _tag: "AddPlanIndicator",
            planId,
            code: "NI 117",
            title,
            unit: "percent",
            polarity: "lower-is-better",
            categories: ["LAA"],
            area: "kent"
          }
        ],
        provenance
      )
    }
    const [entry] = IndicatorCatalogue.project(await ledger.state())
    expect(entry?.consistent).toBe(false)
    expect(entry?.definitions.map((definition) => [definition.title, definition.planIds])).toEqual([
      ["NEET 16-18", ["plan-a", "plan-b"]],
      ["Young people not in education", ["plan-c"]]
    ])
  })
})
