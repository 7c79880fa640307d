import { describe, expect, it } from "vitest"
import * as LedgerState from "../ledger/LedgerState.js"
import * as Money from "../money/Money.js"
import { foldable } from "../testkit/foldable.js"
import { viewOf } from "../testkit/viewOf.js"
import * as CurrentPlan from "./CurrentPlan.js"
import { lcyppEvents, PLAN_ID } from "../plan/content/views/PlanContent.fixture.js"

describe("the whole plan", () => {
  it("nests priorities and key actions under their theme, with what parents said and resources by funding source", async () => {
    const plan = viewOf(CurrentPlan.project(await LedgerState.replay(foldable(lcyppEvents)), PLAN_ID))
    const [theme] = plan.themes
    expect(theme).toMatchObject({
      code: "EWB",
      name: "Emotional Well Being",
      parentsSaid: ["Parents want to recognise early signs of distress"]
    })
    expect(theme?.priorities.map((priority) => [priority.code, priority.actions.map((action) => action.actionId)])).toEqual([
      ["EWB1", ["EWB1.1", "EWB1.2"]],
      ["EWB2", []]
    ])
    expect(theme?.priorities[0]?.actions[0]).toMatchObject({ lead: "LCSPM / LCM", status: "not-started", dueBy: "2009-08-31" })
    expect(plan.resourceTotals.bySource).toEqual([
      { fundingSource: "Aiming High", amount: Money.fromPounds("27000"), count: 1 },
      { fundingSource: undefined, amount: Money.fromPounds("500"), count: 1 }
    ])
    expect(plan.counts).toMatchObject({ themes: 1, priorities: 2, keyActions: 2 })
  })

  it("says which plan is missing instead of throwing", async () => {
    const projected = CurrentPlan.project(await LedgerState.replay(foldable(lcyppEvents)), "ashford-1")
    expect(projected).toMatchObject({ _tag: "Failure", failure: { _tag: "PlanNotFound", planId: "ashford-1", knownPlanIds: [PLAN_ID] } })
  })
})
