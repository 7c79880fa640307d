import { Decider } from "@plan-ledger/eventstore"
import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
import { describe, expect, it } from "vitest"
import * as Period from "../../period/Period.js"
import type { LifecycleEvent, PlanDrafted } from "./events.js"
import * as LifecycleDecider from "./LifecycleDecider.js"

// The lifecycle slice's decider on its own, with no plan around it.
const facts = { actor: "clerk", reason: "minutes of the Cabinet", effectiveDate: Period.CalendarDate.make("2009-06-01") }
const spec = DeciderSpecification.make(LifecycleDecider.decider, facts)
const planId = "lcsp-2009-10"
const period = Period.financialYear("2009/10")
const drafted: typeof PlanDrafted.Type = {
  _tag: "PlanDrafted",
  planId,
  kind: "local-children-and-young-peoples-plan",
  title: "Ashford 1 LCYPP",
  ownerId: "ashford-1",
  period
}
const approvedOn = Period.CalendarDate.make("2009-03-16")

describe("the lifecycle slice's decider", () => {
  it("drafts a plan once, and nothing else applies before the draft", () => {
    const { _tag, ...fields } = drafted
    spec
      .given([])
      .when({ _tag: "DraftPlan", ...fields })
      .then([drafted])
    spec
      .given([drafted])
      .when({ _tag: "DraftPlan", ...fields })
      .then([])
    spec.given([]).when({ _tag: "ApprovePlan", planId, approvedBy: "Cabinet", approvedOn }).thenFails({ _tag: "PlanNotDrafted", planId })
  })

  it("approves a plan once", () => {
    const approved: LifecycleEvent = { _tag: "PlanApproved", planId, approvedBy: "Cabinet", approvedOn }
    spec.given([drafted]).when({ _tag: "ApprovePlan", planId, approvedBy: "Cabinet", approvedOn }).then([approved])
    spec
      .given([drafted, approved])
      .when({ _tag: "ApprovePlan", planId, approvedBy: "Council", approvedOn })
      .thenFails({ _tag: "PlanAlreadyApproved" })
  })

  it("keeps a restatement with the provenance it was recorded with", () => {
    const restated: LifecycleEvent = { _tag: "PlanRestated", planId, subject: "the stated staffing total", authority: "Cabinet Member" }
    expect(Decider.fold(LifecycleDecider.decider, [drafted, restated], facts)?.restatements).toEqual([
      {
        subject: "the stated staffing total",
        authority: "Cabinet Member",
        reason: facts.reason,
        actor: facts.actor,
        effectiveDate: facts.effectiveDate
      }
    ])
  })
})
