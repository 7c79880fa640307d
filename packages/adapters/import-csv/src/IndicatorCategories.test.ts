import { type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importIndicators } from "./IndicatorsImporter.js"

const HEADER = "code,title,unit,polarity,period,kind,value,categories"
const indicators = (...rows: ReadonlyArray<string>): ImportResult =>
  importIndicators({ fileName: "indicators.csv", text: [HEADER, ...rows].join("\n"), planId: "p", options: {} })
const definitions = (result: ImportResult): ReadonlyArray<PlanCommand> =>
  result.ok ? result.commands.filter((command) => command._tag === "AddPlanIndicator") : []

// NI 117 is one of the LAA targets in the Lead Roles table of Kent County Council's LCSP Service
// Level Business Plan 2009/10.
const NI_117 = "NI 117,16-18 year olds not in education employment or training,percent,lower-is-better"

describe("the indicators table's categories", () => {
  it("records the categories a cell lists, separated by semicolons and trimmed", () => {
    expect(definitions(indicators(`${NI_117},2007/08,actual,5.27, LAA ;  Towards 2010 `))).toMatchObject([
      { code: "NI 117", categories: ["LAA", "Towards 2010"] }
    ])
  })

  it("records no category for a blank cell or a table without the column", () => {
    expect(definitions(indicators(`${NI_117},2007/08,actual,5.27,`))).toMatchObject([{ categories: [] }])
    const withoutColumn = importIndicators({
      fileName: "indicators.csv",
      text: `code,title,unit,polarity,period,kind,value\n${NI_117},2007/08,actual,5.27`,
      planId: "p",
      options: {}
    })
    expect(definitions(withoutColumn)).toMatchObject([{ categories: [] }])
  })

  it("refuses an indicator whose rows give different categories, naming both lines", () => {
    const result = indicators(`${NI_117},2007/08,actual,5.27,LAA`, `${NI_117},2009/10,target,5.9,`)
    expect(result.ok ? [] : result.problems.map(formatImportProblem)).toEqual([
      'indicators.csv:3:2 (title): indicator "NI 117" is defined differently than on line 2 — the same title, unit, polarity and categories on every row of one indicator'
    ])
  })
})
