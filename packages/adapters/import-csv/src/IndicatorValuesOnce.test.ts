import { formatImportProblem } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importIndicators } from "./IndicatorsImporter.js"

const HEADER = "code,title,unit,polarity,period,kind,value,qualifier,note"
const NI_69 = "NI 69,Children who have experienced bullying,percent,lower-is-better"
const indicators = (...rows: ReadonlyArray<string>) =>
  importIndicators({ fileName: "indicators.csv", text: [HEADER, ...rows].join("\n"), planId: "p", options: {} })

describe("an indicator's value for a period", () => {
  it("refuses a second row for the same indicator, period and kind that would replace the first", () => {
    const result = indicators(`${NI_69},2008/09,unavailable-actual,,,To follow`, `${NI_69},2008/09,actual,46.7,,`)
    expect(result.ok ? [] : result.problems.map(formatImportProblem)).toEqual([
      'indicators.csv:3:6 (kind): indicator "NI 69" already has an actual for 2008/09 on line 2, which this row would replace — one row per indicator, period and kind — keep the figure the plan reports'
    ])
  })

  it("takes a row repeated word for word, and values of other kinds and periods", () => {
    const result = indicators(
      `${NI_69},2008/09,actual,46.7,,`,
      `${NI_69},2008/09,actual,46.7,,`,
      `${NI_69},2008/09,target,40,,`,
      `${NI_69},2009/10,actual,45,,`
    )
    expect(result.ok).toBe(true)
  })
})
