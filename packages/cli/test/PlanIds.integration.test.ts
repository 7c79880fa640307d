import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

const BUDGET_HEADER =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte,carries_plan"

// One line of standard error, short enough to read, naming what was given and what to write.
const expectOneLine = (stderr: string, ...parts: ReadonlyArray<string>): void => {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1)
  expect(stderr.length).toBeLessThan(400)
  for (const part of parts) expect(stderr).toContain(part)
}

describe("a plan id that is not a lower-case slug is one line naming the field and the fix", () => {
  it("--plan", async () => {
    const sandbox = cliSandbox()
    const { code, stderr } = await sandbox.invoke("draft", "--plan", "LCSP-2009-10", "--title", "Plan", "--period", "2009/10", "--create")
    expect(code).toBe(2)
    expectOneLine(stderr, '--plan "LCSP-2009-10" is not a plan id', "such as lcsp-2009-10")
    expect(await sandbox.eventCount()).toBe(0)
  })

  it("--prior-plan", async () => {
    const sandbox = cliSandbox()
    const { code, stderr } = await sandbox.invoke(
      "draft",
      "--plan",
      "lcsp-2009-10",
      "--title",
      "Plan",
      "--period",
      "2009/10",
      "--create",
      "--prior-plan",
      "LCSP 2008/09"
    )
    expect(code).toBe(2)
    expectOneLine(stderr, '--prior-plan "LCSP 2008/09" is not a plan id', "such as lcsp-2008-09")
  })

  it("a carries_plan cell, at its line and column", async () => {
    const sandbox = cliSandbox()
    const file = join(sandbox.cwd, "budget.csv")
    writeFileSync(file, `${BUDGET_HEADER}\nEarly Years,1.0,10.0,0.0,,0.0,0.0,MD,9.0,1.0,Ashford_1\n`)
    const { code, stderr } = await sandbox.invoke(
      "import",
      "budget",
      file,
      "--plan",
      "kent-2009-10",
      "--period",
      "2009/10",
      "--create",
      "--title",
      "Kent"
    )
    expect(code).toBe(2)
    expect(stderr).toContain(
      'budget.csv:2:11 (carries_plan): "Ashford_1" is not a plan id — a plan id of lower-case letters, digits and hyphens, such as ashford-1'
    )
    expect(stderr.length).toBeLessThan(400)
  })

  it("a from_plan cell, at its line and column", async () => {
    const sandbox = cliSandbox()
    const file = join(sandbox.cwd, "mappings.csv")
    writeFileSync(file, "mapping_id,kind,prior_line_ids,line_ids,reason,from_plan\nmoved,moved-in,a,a,transferred,Special Needs 2008-09\n")
    expect((await sandbox.invoke("draft", "--plan", "lcsp-2009-10", "--title", "Plan", "--period", "2009/10", "--create")).code).toBe(0)
    const { code, stderr } = await sandbox.invoke("import", "line-mappings", file, "--plan", "lcsp-2009-10")
    expect(code).toBe(2)
    expect(stderr).toContain(
      'mappings.csv:2:6 (from_plan): "Special Needs 2008-09" is not a plan id — a plan id of lower-case letters, digits and hyphens, such as special-needs-2008-09'
    )
    expect(stderr.length).toBeLessThan(400)
  })
})
