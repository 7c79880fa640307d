import * as E from "fp-ts/lib/Either.js"
import { describe, expect, it } from "vitest"
import { InMemoryEventStore, Ledger, Period } from "../index.js"
import { sampleEvent } from "../testkit/sampleEvents.js"
import { executePlanTask, NewEventCodec } from "./fp-ts.js"

const provenance = { actor: "officer", reason: "interop test", effectiveDate: Period.CalendarDate.make("2009-04-01") }

describe("fp-ts interop", () => {
  it("runs a plan command as a TaskEither and returns rule violations on the left", async () => {
    const ledger = Ledger.make({ store: InMemoryEventStore.make() })
    const drafted = await executePlanTask(
      ledger,
      "interop-plan",
      [
        {
          _tag: "DraftPlan",
          planId: "interop-plan",
          kind: "service-business-plan",
          title: "Interop plan",
          ownerId: "kcc-cfe",
          period: Period.financialYear("2009/10")
        }
      ],
      provenance
    )()
    expect(E.isRight(drafted) && drafted.right.events.map((event) => event.type)).toEqual(["PlanDrafted"])
    const refused = await executePlanTask(
      ledger,
      "missing-plan",
      [{ _tag: "ApprovePlan", planId: "missing-plan", approvedBy: "Cabinet", approvedOn: Period.CalendarDate.make("2009-03-01") }],
      provenance
    )()
    expect(E.isLeft(refused) && refused.left._tag).toBe("PlanNotDrafted")
  })

  it("validates events with the same rules as the Effect schema", () => {
    expect(E.isRight(NewEventCodec.decode(sampleEvent()))).toBe(true)
    const broken = NewEventCodec.decode({ ...sampleEvent(), type: "PlanDrafted" })
    expect(E.isLeft(broken) && broken.left[0]?.message).toContain("does not match its data")
    // A failure reads as one line naming the field of the payload's own type, what was expected
    // and what was found.
    const unnamed = NewEventCodec.decode({ ...sampleEvent(), data: { ...sampleEvent().data, name: " " } })
    expect(E.isLeft(unnamed) && unnamed.left.map((error) => error.message)).toEqual([
      'at data.name: Expected a string with no leading or trailing whitespace, got " "'
    ])
    const fractionalFte = NewEventCodec.decode({
      ...sampleEvent(),
      type: "BudgetLineAdded",
      data: {
        _tag: "BudgetLineAdded",
        planId: "lcsp-2009-10",
        lineId: "early-years",
        activity: "Early Years",
        fundingSource: "base budget",
        figures: { fte: 59.2, employeeCosts: 0, runningCosts: 0, contractsAndProjects: 0, externalIncome: 0, internalIncome: 0 },
        stated: {}
      }
    })
    expect(E.isLeft(fractionalFte) && fractionalFte.left.map((error) => error.message)).toEqual([
      "at data.figures.fte: Expected an integer, got 59.2"
    ])
  })
})
