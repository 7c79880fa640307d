import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox, lcyppCsv } from "./CliHarness.js"

const PLAN = "ashford-1-lcypp"

// Kent County Council, Ashford 1 LCSP, Local Children and Young People's Plan 2008–2011: 13
// priorities ("Ashford 1 LCSP Priorities") and 85 key actions ("Key Priorities and Actions"),
// imported from the example's CSV tables the way an officer would, then shown and checked.
describe("plan-ledger on a local children and young people's plan", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    const drafted = await sandbox.invoke(
      "draft",
      "--plan",
      PLAN,
      "--title",
      "Ashford 1 LCYPP 2008–2011",
      "--period",
      "2008-09-01..2011-08-31",
      "--create",
      "--kind",
      "local-children-and-young-peoples-plan",
      "--owner",
      "ashford-1"
    )
    expect(drafted).toMatchObject({ code: 0 })
    for (const table of ["themes", "priorities", "actions"]) {
      expect(await sandbox.invoke("import", table, lcyppCsv(PLAN, `${table}.csv`), "--plan", PLAN)).toMatchObject({ code: 0 })
    }
  })

  it("lists the plan among the ledger's plans with its three-year period", async () => {
    const { plans } = await sandbox.json("show", "plans", "--format", "json")
    expect(plans).toEqual([
      {
        planId: PLAN,
        title: "Ashford 1 LCYPP 2008–2011",
        kind: "local-children-and-young-peoples-plan",
        period: "2008-09-01 to 2011-08-31",
        ownerId: "ashford-1",
        status: "draft"
      }
    ])
  })

  it("shows the whole plan: themes, priorities and every key action", async () => {
    const plan = await sandbox.json("show", "plan", "--plan", PLAN, "--format", "json")
    expect(plan.counts).toMatchObject({ themes: 5, priorities: 13, keyActions: 85 })
    const markdown = await sandbox.invoke("show", "plan", "--plan", PLAN)
    expect(markdown.stdout).toContain("#### Priority 1:")
    expect(markdown.stdout).toContain("£10,000 – KCF")
  })

  it("lists the actions overdue on 1 September 2009, and check reports each as overdue without an update", async () => {
    const { actions } = await sandbox.json("show", "actions", "--plan", PLAN, "--overdue-on", "2009-09-01", "--format", "json")
    expect(actions.length).toBeGreaterThan(0)
    const check = await sandbox.invoke("check", "--plan", PLAN, "--on", "2009-09-01", "--format", "json")
    expect(check.code).toBe(0)
    const overdue = JSON.parse(check.stdout).contentFindings.filter(
      (finding: { code: string }) => finding.code === "overdue-without-progress"
    )
    expect(overdue.map((finding: { subject: string }) => finding.subject)).toEqual(
      actions.map((action: { actionId: string }) => `key action ${action.actionId}`)
    )
  })

  it("records progress, after which the slipped action is no longer overdue on that date", async () => {
    const { actions } = await sandbox.json("show", "actions", "--plan", PLAN, "--overdue-on", "2009-09-01", "--format", "json")
    const first = actions[0].actionId
    const progress = join(sandbox.cwd, "progress.csv")
    writeFileSync(
      progress,
      `action_id,recorded_on,status,note,revised_target_date\n${first},2009-08-20,slipped,Waiting for the new service,December 09\n`
    )
    expect(await sandbox.invoke("import", "progress", progress, "--plan", PLAN)).toMatchObject({ code: 0 })
    const after = await sandbox.json("show", "actions", "--plan", PLAN, "--overdue-on", "2009-09-01", "--format", "json")
    expect(after.actions.map((action: { actionId: string }) => action.actionId)).not.toContain(first)
    expect(await sandbox.invoke("import", "progress", progress, "--plan", PLAN)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("no change")
    })
  })

  it("refuses a period it cannot read, saying how to write one", async () => {
    const refused = await sandbox.invoke("draft", "--plan", "x", "--title", "X", "--period", "September 2008 – August 2011", "--create")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("2008-09-01..2011-08-31")
  })
})
