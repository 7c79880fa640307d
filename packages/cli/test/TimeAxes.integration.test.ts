import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

const PLAN = "axes-2009-10"
const HEADER =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"

// Drafted on 1 February, its budget imported on 10 February, approved on 16 March; in August a
// restatement of the base line recorded, in force from 1 July.
describe("show and check on two time axes", () => {
  const sandbox = cliSandbox()
  const table = (name: string, running: string): string => {
    const file = join(sandbox.cwd, name)
    writeFileSync(file, `${HEADER}\nBase,0.0,0.0,${running},,0.0,0.0,MD,31.9,0.0\n`)
    return file
  }
  const budgetLines = async (...options: ReadonlyArray<string>) =>
    (await sandbox.json("show", "budget", "--plan", PLAN, "--format", "json", ...options)).lines.map(
      (line: { readonly activity: string; readonly runningCosts: number }) => [line.activity, line.runningCosts]
    )

  beforeAll(async () => {
    sandbox.at("2009-02-01T09:00:00.000Z")
    const drafted = await sandbox.invoke(
      "draft",
      "--plan",
      PLAN,
      "--title",
      "Axes",
      "--period",
      "2009/10",
      "--create",
      "--effective",
      "2009-02-01"
    )
    expect(drafted.code).toBe(0)
    sandbox.at("2009-02-10T09:00:00.000Z")
    expect((await sandbox.invoke("import", "budget", table("budget.csv", "31.9"), "--plan", PLAN, "--effective", "2009-04-01")).code).toBe(
      0
    )
    sandbox.at("2009-03-16T10:00:00.000Z")
    expect(
      (await sandbox.invoke("approve", "--plan", PLAN, "--by", "Cabinet", "--on", "2009-03-16", "--effective", "2009-03-16")).code
    ).toBe(0)
    sandbox.at("2009-08-05T09:00:00.000Z")
    const restated = await sandbox.invoke(
      "import",
      "budget",
      table("restated.csv", "35.0"),
      "--plan",
      PLAN,
      "--authority",
      "Cabinet Member decision 09/01234",
      "--reason",
      "rent review",
      "--effective",
      "2009-07-01"
    )
    expect(restated.code).toBe(0)
  })

  it("shows the restated budget today, and the plan as approved with --as-of approval", async () => {
    expect(await budgetLines()).toEqual([["Base", 35_000]])
    expect(await budgetLines("--as-of", "approval")).toEqual([["Base", 31_900]])
  })

  it("shows the draft, before its budget, with --as-of revision:0", async () => {
    expect(await budgetLines("--as-of", "revision:0")).toEqual([])
    expect(await budgetLines("--as-of", "revision:1")).toEqual([["Base", 31_900]])
  })

  it("hides a change before its effective date with --effective, and shows it from that date", async () => {
    expect(await budgetLines("--effective", "2009-06-30")).toEqual([["Base", 31_900]])
    expect(await budgetLines("--effective", "2009-07-01")).toEqual([["Base", 35_000]])
    expect(await budgetLines("--effective", "2009-03-31")).toEqual([])
  })

  it("says a point before the plan existed knows nothing of it (exit 2)", async () => {
    const early = await sandbox.invoke("show", "budget", "--plan", PLAN, "--as-of", "2009-01-01T00:00:00Z")
    expect(early.code).toBe(2)
    expect(early.stderr).toBe(
      `error: plan ${PLAN} was first recorded at 2009-02-01T09:00:00.000Z; nothing is known of it at 2009-01-01T00:00:00.000Z: ask for an instant at or after 2009-02-01T09:00:00.000Z\n`
    )
    const beforeDraft = await sandbox.invoke("check", "--plan", PLAN, "--effective", "2009-01-15")
    expect(beforeDraft.code).toBe(2)
    expect(beforeDraft.stderr).toContain(
      `plan ${PLAN} takes effect from 2009-02-01, when it was drafted; nothing of it is in force on 2009-01-15`
    )
  })

  it("names a revision the plan does not have, and an unreadable point (exit 2)", async () => {
    const beyond = await sandbox.invoke("show", "budget", "--plan", PLAN, "--as-of", "revision:99")
    expect(beyond.code).toBe(2)
    expect(beyond.stderr).toContain(`plan ${PLAN} has no revision 99: its revisions run from 0 to `)
    const unreadable = await sandbox.invoke("show", "budget", "--plan", PLAN, "--as-of", "approved")
    expect(unreadable.code).toBe(2)
    expect(unreadable.stderr).toContain('"approved" is not a point in time')
  })

  it("checks the plan as approved", async () => {
    const checked = await sandbox.invoke("check", "--plan", PLAN, "--as-of", "approval", "--on", "2009-04-01", "--format", "json")
    expect(checked.code).toBe(0)
  })

  it("prints the same history from history and show history, each change summarised field by field", async () => {
    const history = await sandbox.json("history", "--plan", PLAN, "--format", "json")
    expect(await sandbox.json("show", "history", "--plan", PLAN, "--format", "json")).toEqual(history)
    expect(history.history.at(-1)).toMatchObject({
      type: "BudgetLineRevised",
      summary: "Base running costs £31.9k → £35.0k",
      authority: "Cabinet Member decision 09/01234",
      changes: [{ change: "changed", measure: "running costs", valueType: "pounds", before: 31_900, after: 35_000 }]
    })
    const asApproved = await sandbox.json("history", "--plan", PLAN, "--format", "json", "--as-of", "approval")
    expect(asApproved.history.map((entry: { readonly type: string }) => entry.type)).toEqual([
      "PlanDrafted",
      "BudgetLineAdded",
      "PlanApproved"
    ])
  })

  it("diffs the plan between two points on either axis, each difference with the restatement that caused it", async () => {
    const sinceApproval = await sandbox.json("diff", "--plan", PLAN, "--from", "approval", "--to", "now", "--format", "json")
    expect(sinceApproval.differences).toMatchObject([
      {
        change: "changed",
        subject: { kind: "budget line", name: "Base" },
        measure: "running costs",
        before: 31_900,
        after: 35_000,
        causes: [{ direction: "applied", type: "BudgetLineRevised", reason: "rent review", authority: "Cabinet Member decision 09/01234" }]
      }
    ])
    const acrossJuly = await sandbox.json(
      "diff",
      "--plan",
      PLAN,
      "--from",
      "effective:2009-06-30",
      "--to",
      "effective:2009-07-01",
      "--format",
      "json"
    )
    expect(acrossJuly.differences).toEqual(sinceApproval.differences)
    const sameEffectiveDate = await sandbox.json(
      "diff",
      "--plan",
      PLAN,
      "--from",
      "approval",
      "--effective",
      "2009-06-30",
      "--format",
      "json"
    )
    expect(sameEffectiveDate).toMatchObject({
      from: { effectiveOn: "2009-06-30" },
      to: { label: "now,effective:2009-06-30" },
      differences: []
    })
  })

  it("refuses a diff point it cannot read, and --effective-on, with the way to write them (exit 2)", async () => {
    const twoRecorded = await sandbox.invoke("diff", "--plan", PLAN, "--from", "approval,revision:1")
    expect(twoRecorded.code).toBe(2)
    expect(twoRecorded.stderr).toContain('--from "approval,revision:1" names two recorded points: write now, approval, revision:<n>')
    const badDate = await sandbox.invoke("diff", "--plan", PLAN, "--from", "approval", "--to", "effective:2009-13-01")
    expect(badDate.stderr).toContain('has "2009-13-01", which is not a date')
    expect((await sandbox.invoke("diff", "--plan", PLAN)).stderr).toContain("--from is required, for example --from approval")
    const renamed = await sandbox.invoke("show", "budget", "--plan", PLAN, "--effective-on", "2009-06-30")
    expect(renamed.code).toBe(2)
    expect(renamed.stderr).toContain("did you mean --effective?")
  })
})
