import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importBudget } from "./BudgetImporter.js"
import { importIndicators } from "./IndicatorsImporter.js"
import { importStaffing } from "./StaffingImporter.js"
import { importVariations } from "./VariationsImporter.js"

const messages = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))
const LOST = "is in a column this row does not record, so it would be lost"

// A value in a cell the row's type does not record would be accepted and never stored: each such
// cell is refused where it stands.
describe("a cell the row's type does not record", () => {
  it("refuses a note on a staffing band and a prior FTE on an externally funded row", () => {
    const text = "row_type,name,prior_fte,fte,note\nband,Pt13 and above,10,12,moved from the centre\nexternal,Standards Fund,2,3,\n"
    expect(messages(importStaffing({ fileName: "staffing.csv", text, planId: "p", options: {} }))).toEqual([
      `staffing.csv:2:5 (note): "moved from the centre" ${LOST} — the cell blank on this row, or the value on a row whose type records note`,
      `staffing.csv:3:3 (prior_fte): "2" ${LOST} — the cell blank on this row, or the value on a row whose type records prior_fte`
    ])
  })

  it("refuses a justification or an item id on a variation statement's opening row", () => {
    const text = "section,description,amount,justification,item_id\nopening,2008/09 Budget,16790,as restated,opening-budget\n"
    expect(messages(importVariations({ fileName: "variations.csv", text, planId: "p", options: {} }))).toEqual([
      `variations.csv:2:4 (justification): "as restated" ${LOST} — the cell blank on this row, or the value on a row whose type records justification`,
      `variations.csv:2:5 (item_id): "opening-budget" ${LOST} — the cell blank on this row, or the value on a row whose type records item_id`
    ])
  })

  it("refuses an FTE on a memorandum item and a cabinet member on a printed total", () => {
    const header =
      "row_type,activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,controllable_expenditure,cabinet_member,prior_controllable,prior_fte"
    const text = `${header}\nmemorandum,Central Overheads,3.0,,,,,,"1,078.3",,,\ntotal,Controllable Totals,,,,,,,"1,000.0",MD,,\n`
    expect(messages(importBudget({ fileName: "budget.csv", text, planId: "p", options: {} }))).toEqual([
      `budget.csv:2:3 (fte): "3.0" ${LOST} — the cell blank on this row, or the value on a row whose type records fte`,
      `budget.csv:3:10 (cabinet_member): "MD" ${LOST} — the cell blank on this row, or the value on a row whose type records cabinet_member`
    ])
  })

  it("refuses a note on an indicator's actual value and a value on an unavailable one", () => {
    const header = "code,title,unit,polarity,period,kind,value,qualifier,note"
    const text = `${header}\nNI 69,Bullying,percent,lower-is-better,2007/08,actual,46.7,,from TellUs\nNI 69,Bullying,percent,lower-is-better,2008/09,unavailable-estimate,40,,To follow\n`
    expect(messages(importIndicators({ fileName: "indicators.csv", text, planId: "p", options: {} }))).toEqual([
      `indicators.csv:2:9 (note): "from TellUs" ${LOST} — the cell blank on this row, or the value on a row whose type records note`,
      `indicators.csv:3:7 (value): "40" ${LOST} — the cell blank on this row, or the value on a row whose type records value`
    ])
  })
})
