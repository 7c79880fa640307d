import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

// Two years built here. The figures are the prior-year column of Kent County Council, LCSP Service
// Level Business Plan 2009/10, budget table: Partnership boards 705.0 and Base 31.9 (£000), kept
// by the 2008/09 plan as one line, "Partnership support", of 705.0 + 31.9 = 736.9.
const BUDGET_HEADER =
  "line_id,activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"

describe("plan-ledger import line-mappings and check", () => {
  it("reports a split line without its mapping as information, and nothing once the mapping is imported", async () => {
    const sandbox = cliSandbox()
    const file = (name: string, lines: ReadonlyArray<string>): string => {
      const path = join(sandbox.cwd, name)
      writeFileSync(path, `${lines.join("\n")}\n`)
      return path
    }
    const prior = file("budget-2008-09.csv", [BUDGET_HEADER, "partnership-support,Partnership support,0.0,0.0,736.9,,0.0,0.0,MD,,"])
    const current = file("budget-2009-10.csv", [
      BUDGET_HEADER,
      "partnership-boards,Partnership boards,0.7,24.5,680.5,,0.0,0.0,MD,705.0,0.0",
      "base,Base,0.0,0.0,31.9,,0.0,0.0,MD,31.9,0.0"
    ])
    const mappings = file("line-mappings.csv", [
      "mapping_id,kind,prior_line_ids,line_ids,reason",
      "partnership-split,split,partnership-support,partnership-boards;base,the partnership support line is shown as its two parts"
    ])
    const draft = ["--title", "LCSP business plan", "--reason", "budget tables"] as const
    expect((await sandbox.invoke("draft", "--plan", "lcsp-2008-09", "--period", "2008/09", "--create", ...draft)).code).toBe(0)
    expect((await sandbox.invoke("import", "budget", prior, "--plan", "lcsp-2008-09")).code).toBe(0)
    expect(
      (await sandbox.invoke("draft", "--plan", "lcsp-2009-10", "--period", "2009/10", "--create", "--prior-plan", "lcsp-2008-09", ...draft))
        .code
    ).toBe(0)
    expect((await sandbox.invoke("import", "budget", current, "--plan", "lcsp-2009-10")).code).toBe(0)

    const restated = (await sandbox.json("check", "--plan", "lcsp-2009-10", "--format", "json")) as {
      findings: ReadonlyArray<{
        severity: string
        code: string
        subject: string
        stated: number
        computed: number
        priorYearTotalAgrees?: boolean
      }>
    }
    expect(restated.findings.filter((finding) => finding.code === "restated-prior-year")).toEqual([
      expect.objectContaining({
        severity: "info",
        subject: 'budget line "Partnership boards" prior-year controllable expenditure',
        stated: 705_000,
        computed: 0,
        priorYearTotalAgrees: true
      }),
      expect.objectContaining({
        severity: "info",
        subject: 'budget line "Base" prior-year controllable expenditure',
        stated: 31_900,
        computed: 0,
        priorYearTotalAgrees: true
      })
    ])

    const imported = await sandbox.invoke("import", "line-mappings", mappings, "--plan", "lcsp-2009-10")
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining("1 event recorded") })
    const mapped = (await sandbox.json("check", "--plan", "lcsp-2009-10", "--format", "json")) as {
      findings: ReadonlyArray<{ code: string }>
    }
    expect(mapped.findings.filter((finding) => finding.code === "restated-prior-year")).toEqual([])
  })

  it("refuses a mapping that names a line the plan does not have, naming the mapping and the fix, and writes nothing", async () => {
    const sandbox = cliSandbox()
    const path = join(sandbox.cwd, "line-mappings.csv")
    writeFileSync(path, "mapping_id,kind,prior_line_ids,line_ids,reason\nm,split,a,b;c,reorganised\n")
    expect(
      (await sandbox.invoke("draft", "--plan", "p", "--period", "2009/10", "--create", "--title", "Plan", "--reason", "draft")).code
    ).toBe(0)
    const before = await sandbox.eventCount()
    const refused = await sandbox.invoke("import", "line-mappings", path, "--plan", "p")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('line mapping "m" of plan "p": the plan has no budget line b')
    expect(await sandbox.eventCount()).toBe(before)
  })
})
