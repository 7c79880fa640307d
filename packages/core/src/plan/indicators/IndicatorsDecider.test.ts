import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
import { describe, it } from "vitest"
import * as Period from "../../period/Period.js"
import type { IndicatorsCommand } from "./IndicatorsCommand.js"
import * as IndicatorsDecider from "./IndicatorsDecider.js"

// The indicators slice's decider on its own, with no plan around it (it reads nothing of the context).
const spec = DeciderSpecification.make(IndicatorsDecider.decider, undefined)
const planId = "lcsp-2009-10"

const addIndicator: IndicatorsCommand = {
  _tag: "AddPlanIndicator",
  planId,
  code: "NI 117",
  title: "16-18 NEET",
  unit: "percent",
  polarity: "lower-is-better",
  categories: ["LAA"],
  area: "kent"
}
const report: IndicatorsCommand = {
  _tag: "ReportIndicatorValue",
  planId,
  code: "NI 117",
  area: "kent",
  period: Period.financialYear("2009/10"),
  kind: "target",
  value: 5.9,
  qualifiers: []
}
const { _tag: _add, ...indicatorFields } = addIndicator
const { _tag: _report, ...reportFields } = report
const added = { _tag: "PlanIndicatorAdded" as const, ...indicatorFields }
const reported = { _tag: "IndicatorValueReported" as const, ...reportFields }

describe("the indicators slice's decider", () => {
  it("records an indicator and its value, and nothing when they are reported again", () => {
    spec.given([]).when([addIndicator, report]).then([added, reported])
    spec.given([added, reported]).when([addIndicator, report]).then([])
  })

  it("needs the indicator in the slice before its values are reported", () => {
    spec.given([]).when(report).thenFails({ _tag: "IndicatorNotInPlan", code: "NI 117" })
  })
})
