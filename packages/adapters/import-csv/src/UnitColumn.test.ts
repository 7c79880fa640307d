import { Fte, type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importBudget } from "./BudgetImporter.js"
import { importStaffing } from "./StaffingImporter.js"

// Made-up tables of a directorate plan with a budget per unit; only their shape matters here.
const BUDGET = [
  "row_type,activity,unit,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,controllable_expenditure,cabinet_member,prior_controllable,prior_fte",
  "line,Management and Support,,2.0,100.0,5.0,,,,,LR,,",
  "line,Finance,Resources,8.0,300.0,20.0,,,,,LR,,",
  "total,Controllable Totals,,10.0,400.0,25.0,,,,425.0,,,",
  "memorandum,Central Overheads,,,,,,,,30.0,,,",
  "total-cost,Total Cost of Unit,,,,,,,,455.0,,,"
].join("\n")

const problemsOf = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))
const commandsOf = (result: ImportResult): ReadonlyArray<PlanCommand> => (result.ok ? result.commands : [])

describe("importing a table into one unit", () => {
  it("puts every budget row in the unit, its line ids within the unit", () => {
    const commands = commandsOf(importBudget({ fileName: "resources.csv", text: BUDGET, planId: "p", options: { unit: "Resources" } }))
    expect(commands.map((command) => [command._tag, "unit" in command ? command.unit : undefined])).toEqual([
      ["SetBudgetLine", "Resources"],
      ["SetBudgetLine", "Resources"],
      ["StateBudgetTotals", "Resources"],
      ["SetMemorandumItem", "Resources"],
      ["StateBudgetTotals", "Resources"]
    ])
    expect(commands.flatMap((command) => (command._tag === "SetBudgetLine" ? [command.lineId] : []))).toEqual([
      "resources.management-and-support",
      "resources.finance"
    ])
  })

  it("refuses a unit column that names another unit, at its place, with the fix", () => {
    const text = BUDGET.replace("line,Finance,Resources", "line,Finance,Operations")
    expect(problemsOf(importBudget({ fileName: "resources.csv", text, planId: "p", options: { unit: "Resources" } }))).toEqual([
      'resources.csv:3:3 (unit): the row is in unit "Operations", but the file is imported into unit "Resources" — "Resources" or a blank unit cell — or import the file with --unit "Operations", or without --unit to take each row\'s unit from the column'
    ])
  })

  it("takes each row's unit from the unit column without --unit, and leaves a row without one to the whole plan", () => {
    const commands = commandsOf(importBudget({ fileName: "budget.csv", text: BUDGET, planId: "p", options: {} }))
    expect(commands.map((command) => ("unit" in command ? command.unit : undefined))).toEqual([
      undefined,
      "Resources",
      undefined,
      undefined,
      undefined
    ])
    // Without --unit, ids come from the activity alone, as they did before units had tables.
    expect(commands.flatMap((command) => (command._tag === "SetBudgetLine" ? [command.lineId] : []))).toEqual([
      "management-and-support",
      "finance"
    ])
  })

  it("puts a staffing table's divisions and subtotal in the unit, and refuses what belongs to the whole plan", () => {
    const header = "row_type,name,prior_fte,fte"
    const staffing = (...rows: ReadonlyArray<string>) =>
      importStaffing({ fileName: "staffing.csv", text: [header, ...rows].join("\n"), planId: "p", options: { unit: "Resources" } })
    expect(commandsOf(staffing("division,Finance,20.5,22.0", "total,Resources,20.5,22.0"))).toEqual([
      {
        _tag: "SetStaffingRow",
        planId: "p",
        unit: "Resources",
        rowType: "division",
        name: "Finance",
        priorFte: Fte.of("20.5"),
        fte: Fte.of("22.0")
      },
      { _tag: "StateStaffingTotal", planId: "p", unit: "Resources", priorFte: Fte.of("20.5"), fte: Fte.of("22.0") }
    ])
    expect(problemsOf(staffing("movement,MTP,,1.5"))).toEqual([
      'staffing.csv:2:1 (row_type): the justification of movement belongs to the whole plan, not to unit "Resources" — this row in a file imported without --unit'
    ])
  })
})
