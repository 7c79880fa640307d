import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importIndicators } from "./IndicatorsImporter.js"

const kpi = (numerator: string, denominator: string): ImportResult =>
  importIndicators({
    fileName: "kpi.csv",
    text: `code,title,unit,polarity,period,kind,value,numerator,denominator\nNI 73,Key stage 2,percent,higher-is-better,2009/10,actual,72.5,${numerator},${denominator}`,
    planId: "p",
    options: { area: "ashford-1" }
  })

describe("the counts behind an indicator value", () => {
  it("records numerator and denominator with the value", () => {
    const result = kpi("290", "400")
    const reported = result.ok ? result.commands.find((command) => command._tag === "ReportIndicatorValue") : undefined
    expect(reported).toMatchObject({ value: 72.5, area: "ashford-1", basis: { numerator: 290, denominator: 400 } })
  })

  it("leaves them out when neither is given", () => {
    const result = kpi("", "")
    const reported = result.ok ? result.commands.find((command) => command._tag === "ReportIndicatorValue") : undefined
    expect(reported).not.toHaveProperty("basis")
  })

  it.each([
    ["290", "", "kpi.csv:2:9 (denominator)"],
    ["290", "0", "kpi.csv:2:9 (denominator)"],
    ["-1", "400", "kpi.csv:2:8 (numerator)"]
  ])("refuses numerator %j with denominator %j, naming the cell", (numerator, denominator, where) => {
    const result = kpi(numerator, denominator)
    const problems = result.ok ? [] : result.problems.map(formatImportProblem)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(where)
    expect(problems[0]).toContain("both numerator (0 or more) and denominator (more than 0), or neither")
  })
})
