import { describe, expect, it } from "vitest"
import { Erasure, InMemoryEventStore, Ledger, Period, Retention } from "../index.js"
import { personalDataStore } from "./LedgerPersonalData.js"

// The LCSP service level business plan 2009/10 (Kent County Council): a plan of the financial
// year 2009/10, which ends on 31 March 2010.
const PLAN_ID = "lcsp-2009-10"
const provenance = (actor: string, authority?: string) => ({
  actor,
  reason: "drafted for the retention test",
  effectiveDate: Period.CalendarDate.make("2009-04-01"),
  ...(authority === undefined ? {} : { authority })
})

const draftedLedger = async () => {
  const store = personalDataStore(InMemoryEventStore.make())
  const outcome = await Ledger.make({ store }).executePlan(
    PLAN_ID,
    [
      {
        _tag: "DraftPlan",
        planId: PLAN_ID,
        title: "LCSP service level business plan 2009/10",
        kind: "service-business-plan",
        ownerId: "kcc-cfe",
        period: Period.financialYear("2009/10"),
        priorPlanId: undefined
      }
    ],
    provenance("Performance officer", "Cabinet Member")
  )
  expect(outcome.ok).toBe(true)
  return store
}

describe("a retention schedule", () => {
  it("keeps a value whole years after its clock starts, on the same day (28 February for a 29th in a year without one)", () => {
    expect(Retention.keptUntil("2010-03-31", 6)).toBe("2016-03-31")
    expect(Retention.keptUntil("2008-02-29", 1)).toBe("2009-02-28")
    expect(Retention.keptUntil("2008-02-29", 4)).toBe("2012-02-29")
    expect(Retention.keptUntil("2010-03-31", 0)).toBe("2010-03-31")
  })

  it("comes to a plan's values the day after their last day, counted from the end of the plan's period, for the kinds it names", async () => {
    const store = await draftedLedger()
    const policy = { yearsAfterPeriodEnds: { actor: 6 } }
    expect(await Retention.dueForErasure(store, policy, "2016-03-31")).toEqual([])
    const due = await Retention.dueForErasure(store, policy, "2016-04-01")
    expect(
      due.map((item) => ({ kind: item.value.kind, subject: item.value.subject, counted: item.counted, keptUntil: item.keptUntil }))
    ).toEqual([{ kind: "actor", subject: "Performance officer", counted: "2010-03-31", keptUntil: "2016-03-31" }])
    expect(await Retention.dueForErasure(store, { yearsAfterPeriodEnds: {} }, "2099-01-01")).toEqual([])
  })

  it("counts an erasure's own actor and authority from the day of the erasure, not from its plan's period", async () => {
    const store = await draftedLedger()
    const erasedOn = "2026-12-01"
    await Erasure.eraseSubject(store, "Cabinet Member", {
      provenance: {
        ...provenance("Data Protection Officer", "Information Governance Board"),
        effectiveDate: Period.CalendarDate.make(erasedOn)
      },
      clock: () => new Date(`${erasedOn}T10:00:00.000Z`)
    })
    const policy = { yearsAfterPeriodEnds: { actor: 6 } }
    const subjectsDue = async (today: string) =>
      (await Retention.dueForErasure(store, policy, today)).map((item) => item.value.subject).sort()
    expect(await subjectsDue("2016-04-01")).toEqual(["Performance officer"])
    expect(await subjectsDue("2032-12-02")).toEqual(["Data Protection Officer", "Performance officer"])
  })
})
