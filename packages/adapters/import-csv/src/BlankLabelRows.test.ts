import { viewOf } from "@plan-ledger/core/testkit"
import { BudgetStatement, InMemoryEventStore, Ledger, Money, Period, type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importBudget } from "./BudgetImporter.js"

// Every figure here is the test's own; totals are computed from the rows it writes.
const header =
  "row_type,activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"
const table = (...rows: ReadonlyArray<string>): string => [header, ...rows].join("\n")
const budget = (text: string): ImportResult => importBudget({ fileName: "budget.csv", text, planId: "p", options: {} })
const commandsOf = (result: ImportResult): ReadonlyArray<PlanCommand> => {
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join("\n"))
  return result.commands
}
const problemsOf = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))
const provenance = { actor: "test", reason: "import test", effectiveDate: Period.CalendarDate.make("2009-04-01") }
const draft: PlanCommand = {
  _tag: "DraftPlan",
  planId: "p",
  kind: "service-business-plan",
  title: "A plan",
  ownerId: "kcc-cfe",
  period: Period.financialYear("2009/10")
}

const rows = [
  "line,Behaviour Service,19.5,800.0,0.0,,0.0,0.0,MD,,",
  "continuation,,1.0,70.1,0.0,,0.0,0.0,MD,,",
  "line,Education Welfare,50.2,1000.0,0.0,,0.0,0.0,MD,,",
  "unlabelled,,2.0,51.5,300.0,,0.0,0.0,MD,,"
]

describe("budget rows printed without an activity label", () => {
  it("keeps a continuation and an unlabelled row as lines of their own, counted in the totals, each in its place", async () => {
    const ledger = Ledger.make({ store: InMemoryEventStore.make() })
    const outcome = await ledger.executePlan("p", [draft, ...commandsOf(budget(table(...rows)))], provenance)
    expect(outcome.ok).toBe(true)
    // Appended at the end, a further continuation of the first line is still printed under it.
    const later = commandsOf(budget(table(rows[0] ?? "", rows[1] ?? "", "continuation,,0.5,10.0,0.0,,0.0,0.0,MD,,")))
    await ledger.executePlan("p", later, provenance)
    const statement = viewOf(BudgetStatement.project(await ledger.state(), "p"))
    expect(statement.lines.map((line) => [line.lineId, line.activity, line.rowType ?? "line", line.continues])).toEqual([
      ["behaviour-service", "Behaviour Service", "line", undefined],
      ["behaviour-service-continuation-1", "", "continuation", "behaviour-service"],
      ["behaviour-service-continuation-2", "", "continuation", "behaviour-service"],
      ["education-welfare", "Education Welfare", "line", undefined],
      ["education-welfare-unlabelled-1", "", "unlabelled", undefined]
    ])
    const employeeCosts = ["800.0", "70.1", "1000.0", "51.5", "10.0"].map((figure) => Money.fromThousands(figure))
    expect(statement.totals.employeeCosts).toBe(Money.sum(employeeCosts))
    expect(statement.totals.runningCosts).toBe(Money.fromThousands("300.0"))
  })

  it("records nothing when the same table is imported again", async () => {
    const ledger = Ledger.make({ store: InMemoryEventStore.make() })
    await ledger.executePlan("p", [draft, ...commandsOf(budget(table(...rows)))], provenance)
    const again = await ledger.executePlan("p", commandsOf(budget(table(...rows))), provenance)
    expect(again.ok && again.events).toEqual([])
  })

  it("refuses a blank activity without a row type, naming the place and the row types to use", () => {
    expect(problemsOf(budget(table(rows[0] ?? "", ",,1.0,70.1,0.0,,0.0,0.0,MD,,")))).toEqual([
      "budget.csv:3:2 (activity): activity is blank — the activity (budget line) name, such as Early Years — or, for a row printed without a label, row_type continuation (it continues the labelled line above) or unlabelled (a line of its own)"
    ])
  })

  it("refuses a continuation with no labelled line above it, and a label on a row said to have none", () => {
    expect(problemsOf(budget(table("continuation,,1.0,70.1,0.0,,0.0,0.0,MD,,")))).toEqual([
      "budget.csv:2:1 (row_type): a continuation row has no labelled line above it to continue — put it under the line it continues, or use row_type unlabelled"
    ])
    expect(problemsOf(budget(table("unlabelled,Admin,1.0,70.1,0.0,,0.0,0.0,MD,,")))).toEqual([
      'budget.csv:2:2 (activity): a row of row_type unlabelled is printed without a label, but this one reads "Admin" — a blank activity, or row_type line'
    ])
  })

  it("refuses, in the decider, a line with neither label nor row type and a continuation of a line the plan lacks", async () => {
    const ledger = Ledger.make({ store: InMemoryEventStore.make() })
    const line = commandsOf(budget(table(rows[0] ?? "")))[0]
    if (line?._tag !== "SetBudgetLine") throw new Error("the table's first row is a budget line")
    const { activity: _label, ...unlabelled } = line
    const refused = await ledger.executePlan("p", [draft, unlabelled], provenance)
    expect(refused.ok ? undefined : refused.error._tag).toBe("InvalidBudgetLine")
    const orphan = await ledger.executePlan("p", [draft, { ...unlabelled, rowType: "continuation", continues: "admin" }], provenance)
    expect(orphan.ok ? undefined : orphan.error.message).toContain("continues no budget line the plan has")
  })
})
