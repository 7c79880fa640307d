import { describe, expect, it } from "vitest"
import type { DomainEvent } from "../../../event/DomainEvent.js"
import * as LedgerState from "../../../ledger/LedgerState.js"
import * as Period from "../../../period/Period.js"
import { foldable } from "../../../testkit/foldable.js"
import { viewOf } from "../../../testkit/viewOf.js"
import * as ActionProgress from "./ActionProgress.js"
import { lcyppEvents, PLAN_ID } from "./PlanContent.fixture.js"

const completed: DomainEvent = {
  _tag: "ActionProgressRecorded",
  planId: PLAN_ID,
  actionId: "EWB1.1",
  recordedOn: Period.CalendarDate.make("2009-07-20"),
  status: "completed",
  note: "Audit reported to the board"
}

const idsOf = async (filter: ActionProgress.ActionFilter, extra: ReadonlyArray<DomainEvent> = []) =>
  viewOf(ActionProgress.project(await LedgerState.replay(foldable([...lcyppEvents, ...extra])), PLAN_ID, filter)).actions.map(
    (action) => action.actionId
  )

describe("action progress", () => {
  it("lists overdue actions: due before the date and neither completed nor withdrawn", async () => {
    expect(await idsOf({ overdueOn: "2009-09-01" })).toEqual(["EWB1.1"])
    expect(await idsOf({ overdueOn: "2009-08-31" })).toEqual([])
    expect(await idsOf({ overdueOn: "2009-09-01" }, [completed])).toEqual([])
  })

  it("filters by status, lead and due date", async () => {
    expect(await idsOf({ status: "completed" }, [completed])).toEqual(["EWB1.1"])
    expect(await idsOf({ status: "not-started" }, [completed])).toEqual(["EWB1.2"])
    expect(await idsOf({ lead: "lcm" })).toEqual(["EWB1.1"])
    expect(await idsOf({ dueBefore: "2009-12-31" })).toEqual(["EWB1.1"])
  })
})
