import { ActionStatus, PlanKind } from "@plan-ledger/core"
import { describe, expect, it } from "vitest"
import { ACTION_STATUSES, PLAN_KINDS } from "./Spec.js"

// The command line's choices are written out so that help and parsing never load the core; they
// must be the core's own lists.
describe("the choices of the command line", () => {
  it("are the core's plan kinds and action statuses", () => {
    expect(PLAN_KINDS).toEqual(PlanKind.literals)
    expect(ACTION_STATUSES).toEqual(ActionStatus.literals)
  })
})
