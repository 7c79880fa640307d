import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"
const HEADER =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"

// A 2009/10 plan (figures from Kent County Council's LCSP Service Level Business Plan 2009/10)
// loaded years later, with no --effective: it reads as in force on its own dates.
describe("effective dates that follow the plan, not the clock", () => {
  const sandbox = cliSandbox()
  const budget = (): string => {
    const file = join(sandbox.cwd, "budget.csv")
    writeFileSync(file, `${HEADER}\nBehaviour Service,19.5,870.1,0.0,,0.0,0.0,MD,849.1,18.8\n`)
    return file
  }
  const effectiveDates = async (): Promise<ReadonlyArray<readonly [string, string]>> =>
    (await sandbox.json("history", "--plan", PLAN, "--format", "json")).history.map(
      (entry: { readonly type: string; readonly effectiveDate: string }) => [entry.type, entry.effectiveDate] as const
    )

  beforeAll(async () => {
    sandbox.at("2026-12-07T09:00:00.000Z")
    expect((await sandbox.invoke("draft", "--plan", PLAN, "--title", "LCSP 2009/10", "--period", "2009/10", "--create")).code).toBe(0)
    expect((await sandbox.invoke("import", "budget", budget(), "--plan", PLAN)).code).toBe(0)
    expect((await sandbox.invoke("approve", "--plan", PLAN, "--by", "Cabinet", "--on", "2009-03-16")).code).toBe(0)
  })

  it("dates a draft and its tables from the plan period's start, and an approval on its --on date", async () => {
    expect(await effectiveDates()).toEqual([
      ["PlanDrafted", "2009-04-01"],
      ["BudgetLineAdded", "2009-04-01"],
      ["PlanApproved", "2009-03-16"]
    ])
  })

  it("shows the budget as in force during 2009/10", async () => {
    const lines = (await sandbox.json("show", "budget", "--plan", PLAN, "--format", "json", "--effective", "2009-06-30")).lines
    expect(lines.map((line: { readonly activity: string }) => line.activity)).toEqual(["Behaviour Service"])
  })

  it("refuses a date that is not a day of the calendar, with the fix", async () => {
    const refused = await sandbox.invoke("show", "budget", "--plan", PLAN, "--effective", "2009-02-31")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      '--effective "2009-02-31" is not a date (February 2009 has 28 days): write a day of the calendar as YYYY-MM-DD'
    )
    const draft = await sandbox.invoke("draft", "--plan", "other", "--title", "Other", "--period", "2009/10", "--effective", "2009-02-31")
    expect(draft.code).toBe(2)
    expect(draft.stderr).toContain("February 2009 has 28 days")
  })
})
