import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
import { describe, it } from "vitest"
import * as Fte from "../../money/Fte.js"
import type { StaffingCommand } from "./StaffingCommand.js"
import * as StaffingDecider from "./StaffingDecider.js"

// The staffing slice's decider on its own, with no plan around it (it reads nothing of the context).
const spec = DeciderSpecification.make(StaffingDecider.decider, undefined)
const planId = "behaviour-service-2009-10"

const setRow = (fte: string): StaffingCommand => ({
  _tag: "SetStaffingRow",
  planId,
  rowType: "band",
  name: "KR6",
  fte: Fte.fromDecimal(fte)
})

describe("the staffing slice's decider", () => {
  it("records a staffing row, and nothing when the same row is set again", () => {
    const recorded = { _tag: "StaffingRowRecorded" as const, planId, rowType: "band" as const, name: "KR6", fte: Fte.fromDecimal("4.5") }
    spec.given([]).when(setRow("4.5")).then([recorded])
    spec.given([recorded]).when(setRow("4.5")).then([])
    spec
      .given([recorded])
      .when(setRow("5.0"))
      .then([{ ...recorded, fte: Fte.fromDecimal("5.0") }])
  })

  it("refuses a negative FTE", () => {
    spec.given([]).when(setRow("-1.0")).thenFails({ _tag: "InvalidFigure", field: "FTE" })
  })
})
