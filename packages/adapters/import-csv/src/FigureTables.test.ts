import { viewOf } from "@plan-ledger/core/testkit"
import { BudgetStatement, InMemoryEventStore, Ledger, Period, type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importBudget } from "./BudgetImporter.js"
import { importIndicators } from "./IndicatorsImporter.js"
import { importVariations } from "./VariationsImporter.js"

const commandsOf = (result: ImportResult): ReadonlyArray<PlanCommand> => {
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join("\n"))
  return result.commands
}
const problemsOf = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))
const provenance = { actor: "test", reason: "import test", effectiveDate: Period.CalendarDate.make("2009-04-01") }

const header =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"
const budget = (...rows: ReadonlyArray<string>) =>
  importBudget({ fileName: "budget.csv", text: [header, ...rows].join("\n"), planId: "p", options: {} })

describe("CSV importers", () => {
  it("locates a bad number by file, line and column", () => {
    expect(
      problemsOf(
        budget("Behaviour Service,19.5,870.1,0.0,,0.0,0.0,MD,849.1,18.8", 'Early Years,59.2,"1,52O.3",0.0,,0.0,-140.4,MD,"2,527.8",59.1')
      )
    ).toEqual(['budget.csv:3:3 (employee_costs): "1,52O.3" is not a number — a decimal in £000 such as 1,520.3'])
  })

  it("rejects an unknown column, a missing header column and a repeated column", () => {
    expect(
      problemsOf(
        importBudget({ fileName: "budget.csv", text: `${header},colour\nBase,0,0,31.9,,0,0,MD,31.9,0,red`, planId: "p", options: {} })
      )
    ).toEqual([
      `budget.csv:1:11 (colour): unknown column "colour" — one of ${["activity", "fte", "employee_costs", "running_costs", "contracts_projects", "external_income", "internal_income", "cabinet_member", "prior_controllable", "prior_fte", "gross_expenditure", "controllable_expenditure", "row_type", "line_id", "unit", "funding_source", "carries_plan"].join(", ")}`
    ])
    expect(
      problemsOf(importVariations({ fileName: "variations.csv", text: "section,description\nopening,Budget", planId: "p", options: {} }))[0]
    ).toMatch(/^variations\.csv:1:1: missing column amount — a header row for a variations file/)
    expect(problemsOf(importBudget({ fileName: "empty.csv", text: "", planId: "p", options: {} }))[0]).toMatch(
      /^empty\.csv:1:1: the file is empty/
    )
  })

  it("rejects a wrong enum value, a blank activity and a duplicate activity, all at once", () => {
    const problems = problemsOf(
      importBudget({
        fileName: "budget.csv",
        text: [
          `row_type,${header}`,
          "subtotal,Base,0,0,31.9,,0,0,MD,31.9,0",
          "line,,0,0,1,,0,0,MD,1,0",
          "line,Admin,58.2,2313.8,527.4,,0,0,MD,2441,0",
          "line,Admin,1,1,1,,0,0,MD,1,0"
        ].join("\n"),
        planId: "p",
        options: {}
      })
    )
    expect(problems).toEqual([
      'budget.csv:2:1 (row_type): "subtotal" is not a valid row_type — one of line, continuation, unlabelled, total, memorandum, total-cost',
      "budget.csv:3:2 (activity): activity is blank — the activity (budget line) name, such as Early Years — or, for a row printed without a label, row_type continuation (it continues the labelled line above) or unlabelled (a line of its own)",
      'budget.csv:5:2 (activity): activity "Admin" appears twice (first on line 4) — each budget line once per file'
    ])
  })

  it("reads amounts in pounds when asked", () => {
    const [command] = commandsOf(
      importBudget({
        fileName: "budget.csv",
        text: `${header}\nBase,0,0,"31,900.00",,0,0,MD,31900,0`,
        planId: "p",
        options: { units: "pounds" }
      })
    )
    expect(command).toMatchObject({ _tag: "SetBudgetLine", lineId: "base", figures: { runningCosts: { pence: 3_190_000 } } })
  })

  it("needs a reason for an unavailable indicator value and refuses a positive saving", () => {
    expect(
      problemsOf(
        importIndicators({
          fileName: "kpi.csv",
          text: "code,title,unit,polarity,period,kind,value\nNI 69,Bullying,percent,lower-is-better,2008/09,unavailable,",
          planId: "p",
          options: {}
        })
      )
    ).toEqual(["kpi.csv:2:8 (note): an unavailable value has no reason — the reason in the note column, such as To follow"])
    expect(
      problemsOf(
        importVariations({ fileName: "variations.csv", text: "section,description,amount\nsaving,Publicity,23", planId: "p", options: {} })
      )
    ).toEqual(['variations.csv:2:3 (amount): a saving of "23" is positive — savings written as negative amounts, such as -23'])
  })

  it("records a line's funding source from the optional funding_source column, and none named as unspecified", async () => {
    // Figures from Kent County Council, LCSP Service Level Business Plan 2009/10, budget table.
    const text = [
      `${header},funding_source`,
      'EMAG Standards Fund,17.9,"1,017.0",0.0,,0.0,0.0,MD,922.8,16.7,Standards Fund',
      "Behaviour Service,19.5,870.1,0.0,,0.0,0.0,MD,849.1,18.8,"
    ].join("\n")
    const ledger = Ledger.make({ store: InMemoryEventStore.make() })
    const draft: PlanCommand = {
      _tag: "DraftPlan",
      planId: "p",
      kind: "service-business-plan",
      title: "LCSP plan",
      ownerId: "kcc-cfe",
      period: Period.financialYear("2009/10")
    }
    const commands = commandsOf(importBudget({ fileName: "budget.csv", text, planId: "p", options: {} }))
    expect((await ledger.executePlan("p", [draft, ...commands], provenance)).ok).toBe(true)
    const lines = viewOf(BudgetStatement.project(await ledger.state(), "p")).lines
    expect(lines.map((line) => [line.activity, line.fundingSource])).toEqual([
      ["EMAG Standards Fund", "Standards Fund"],
      ["Behaviour Service", "unspecified"]
    ])
  })
})
