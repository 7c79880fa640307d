import { Result } from "effect"
import { describe, expect, it } from "vitest"
import type { PlanEvent } from "../../PlanEvent.js"
import type { IndicatorQualifier, Polarity } from "../events.js"
import * as Period from "../../../period/Period.js"
import { foldable } from "../../../testkit/foldable.js"
import * as IndicatorScorecard from "./IndicatorScorecard.js"
import * as LedgerState from "../../../ledger/LedgerState.js"

const planId = "plan-2009-10"
const area = "kent"

const scorecardOf = async (
  polarity: Polarity,
  values: ReadonlyArray<readonly ["actual" | "estimate" | "target", Period.Period, number, ReadonlyArray<IndicatorQualifier>?]>,
  options: { readonly tolerancePercent?: number } = {}
) => {
  const events: Array<PlanEvent> = [
    {
      _tag: "PlanDrafted",
      planId,
      kind: "service-business-plan",
      title: "Plan",
      ownerId: "kcc-cfe",
      period: Period.financialYear("2009/10")
    },
    { _tag: "PlanIndicatorAdded", planId, code: "NI 1", title: "Indicator", unit: "percent", polarity, categories: [], area },
    ...values.map(([kind, period, value, qualifiers = []]): PlanEvent => ({
      _tag: "IndicatorValueReported",
      planId,
      code: "NI 1",
      area,
      period,
      kind,
      value,
      qualifiers
    }))
  ]
  const state = await LedgerState.replay(foldable(events))
  return Result.getOrThrow(IndicatorScorecard.project(state, planId, options)).indicators[0]
}

const fy = Period.financialYear

describe("indicator scorecard", () => {
  it("is not-met beyond the tolerance, near within it, and the tolerance is the caller's", async () => {
    const values = [
      ["actual", fy("2008/09"), 50],
      ["target", fy("2009/10"), 57]
    ] as const
    expect((await scorecardOf("higher-is-better", values))?.status).toBe("not-met")
    expect((await scorecardOf("higher-is-better", values, { tolerancePercent: 15 }))?.status).toBe("near")
  })

  it("compares with polarity: lower is better", async () => {
    expect(
      (
        await scorecardOf("lower-is-better", [
          ["actual", fy("2008/09"), 6.1],
          ["target", fy("2009/10"), 5.9]
        ])
      )?.status
    ).toBe("near")
    expect(
      (
        await scorecardOf("lower-is-better", [
          ["actual", fy("2008/09"), 6.2],
          ["target", fy("2009/10"), 5.9]
        ])
      )?.status
    ).toBe("not-met")
    expect(
      (
        await scorecardOf("lower-is-better", [
          ["actual", fy("2008/09"), 5.0],
          ["target", fy("2009/10"), 5.9]
        ])
      )?.status
    ).toBe("met")
  })

  it("treats a min target as a floor whatever the polarity", async () => {
    expect(
      (
        await scorecardOf("lower-is-better", [
          ["actual", fy("2008/09"), 80],
          ["target", fy("2009/10"), 75, ["min"]]
        ])
      )?.status
    ).toBe("met")
  })

  it("says no-data when there is a target but no actual or estimate", async () => {
    expect((await scorecardOf("higher-is-better", [["target", fy("2009/10"), 57]]))?.status).toBe("no-data")
  })

  it("prefers the actual over the estimate for the same period, and reads the direction of travel", async () => {
    const row = await scorecardOf("higher-is-better", [
      ["actual", fy("2007/08"), 49.7],
      ["estimate", fy("2008/09"), 56],
      ["actual", fy("2008/09"), 55],
      ["target", fy("2009/10"), 57]
    ])
    expect(row?.latest).toMatchObject({ kind: "actual", value: 55 })
    expect(row?.trend.map((value) => value.value)).toEqual([49.7, 55])
    expect(row?.direction).toBe("improving")
  })

  it("uses an academic-year target that ends within the plan's financial year", async () => {
    const row = await scorecardOf("lower-is-better", [
      ["estimate", fy("2008/09"), 6.0],
      ["target", Period.academicYear("2008/09"), 6.0, ["academic-year"]]
    ])
    expect(row?.target).toMatchObject({ value: 6.0, period: { _tag: "AcademicYear", year: "2008/09" } })
    expect(row?.status).toBe("met")
  })
})
