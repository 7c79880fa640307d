import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

const PLAN = "ashford-1-lcypp"

// Rows in the words of Kent County Council, Ashford 1 LCSP, Local Children and Young People's
// Plan 2008–2011 (Emotional Well Being): a priority, then actions and a risk naming what it serves.
describe("references to what the plan does not define", () => {
  const sandbox = cliSandbox()
  const file = (name: string, ...lines: ReadonlyArray<string>): string => {
    const path = join(sandbox.cwd, name)
    writeFileSync(path, `${lines.join("\n")}\n`)
    return path
  }

  beforeAll(async () => {
    expect(
      (await sandbox.invoke("draft", "--plan", PLAN, "--title", "Ashford 1", "--period", "2008-09-01..2011-08-31", "--create")).code
    ).toBe(0)
    const priorities = file("priorities.csv", "code,title", "EWB1,Improve access to counselling")
    expect((await sandbox.invoke("import", "priorities", priorities, "--plan", PLAN)).code).toBe(0)
  })

  it("refuses an action that names a priority the plan does not define, where its cell stands", async () => {
    const actions = file(
      "actions.csv",
      "action_id,priority_code,action",
      "EWB1.1,EWB1,Audit counselling services",
      "EWB9.1,EWB9,Unknown priority"
    )
    const refused = await sandbox.invoke("import", "actions", actions, "--plan", PLAN)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'actions.csv:3:2 (priority_code): priority "EWB9" is not defined by the plan — a priority_code the priorities table defines (import the priorities first), or the code corrected'
    )
  })

  it("refuses a risk that names an action the plan does not hold", async () => {
    const actions = file("actions-ok.csv", "action_id,priority_code,action", "EWB1.1,EWB1,Audit counselling services")
    expect((await sandbox.invoke("import", "actions", actions, "--plan", PLAN)).code).toBe(0)
    const risks = file("risks.csv", "risk_id,description,lead_officer,action_id", "R1,Funding ends,LCSPM,EWB1.7")
    const refused = await sandbox.invoke("import", "risks", risks, "--plan", PLAN)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('risks.csv:2:4 (action_id): action "EWB1.7" is not defined by the plan')
  })
})
