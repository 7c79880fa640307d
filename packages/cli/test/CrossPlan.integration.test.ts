import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

// Two plans built here, with the test's own figures: a partnership's budget whose first line
// continues on a row printed without a label, and a directorate budget with one line carrying the
// partnership's plan. Every expected figure is the sum of the rows written below.
const HEADER =
  "row_type,activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte,carries_plan"
const PARTNERSHIP_ROWS = [
  "line,Early Years,3.0,120.4,0.0,,0.0,0.0,MD,,,",
  "continuation,,1.0,40.0,0.0,,0.0,0.0,MD,,,",
  "line,Admin,1.5,30.0,0.0,,0.0,0.0,MD,,,"
]
// In pounds, as the JSON output gives them: 120.4 + 40.0 + 30.0 (£000).
const PARTNERSHIP_TOTAL = 120_400 + 40_000 + 30_000
const CARRIED = 200_400

interface CrossPlanJson {
  readonly findings: ReadonlyArray<{
    readonly severity: string
    readonly code: string
    readonly measure: string
    readonly plan: { readonly id: string; readonly figure: number }
    readonly otherPlan: { readonly id: string; readonly figure: number }
    readonly difference: number
  }>
}

describe("plan-ledger check --all and --with-related", () => {
  it("finds a directorate line that carries a partnership plan with another total, and keeps a continuation row", async () => {
    const sandbox = cliSandbox()
    const file = (name: string, lines: ReadonlyArray<string>): string => {
      const path = join(sandbox.cwd, name)
      writeFileSync(path, `${lines.join("\n")}\n`)
      return path
    }
    const partnership = file("ashford.csv", [HEADER, ...PARTNERSHIP_ROWS])
    const directorate = file("cfe.csv", [HEADER, `line,LCSP Ashford,5.5,${(CARRIED / 1000).toFixed(1)},0.0,,0.0,0.0,MD,,,ashford-2009-10`])
    const plan = (planId: string, owner: string) => [
      "--plan",
      planId,
      "--period",
      "2009/10",
      "--create",
      "--owner",
      owner,
      "--title",
      planId
    ]
    expect((await sandbox.invoke("import", "budget", partnership, ...plan("ashford-2009-10", "ashford-1"))).code).toBe(0)
    expect((await sandbox.invoke("import", "budget", directorate, ...plan("cfe-2009-10", "kcc-cfe"))).code).toBe(0)
    expect((await sandbox.invoke("import", "budget", partnership, "--plan", "ashford-2009-10")).stdout).toContain("no change")

    const budget = (await sandbox.json("show", "budget", "--plan", "ashford-2009-10", "--format", "json")) as {
      lines: ReadonlyArray<{ activity: string; rowType: string; continues: string | null; controllableExpenditure: number }>
      totals: { controllableExpenditure: number }
    }
    expect(budget.lines.map((line) => [line.activity, line.rowType, line.continues])).toEqual([
      ["Early Years", "line", null],
      ["", "continuation", "early-years"],
      ["Admin", "line", null]
    ])
    expect(budget.totals.controllableExpenditure).toBe(PARTNERSHIP_TOTAL)

    const all = await sandbox.invoke("check", "--all", "--format", "json")
    expect(all.code).toBe(1)
    const report = JSON.parse(all.stdout) as CrossPlanJson
    expect(report.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "carried-plan-differs",
        measure: "money",
        plan: expect.objectContaining({ id: "cfe-2009-10", figure: CARRIED }),
        otherPlan: expect.objectContaining({ id: "ashford-2009-10", figure: PARTNERSHIP_TOTAL })
      })
    ])
    expect(report.findings[0]?.difference).toBe(CARRIED - PARTNERSHIP_TOTAL)

    const related = await sandbox.invoke("check", "--plan", "cfe-2009-10", "--with-related")
    expect(related.code).toBe(1)
    expect(related.stdout).toContain("Cross-plan findings — cfe-2009-10 and its related plans")
    expect(related.stdout).toContain("carried-plan-differs")

    const csvReport = await sandbox.invoke("check", "--all", "--format", "csv")
    const [, firstRow] = csvReport.stdout.split("\n")
    expect(firstRow).toMatch(/^error,carried-plan-differs,/u)
    expect(firstRow).toContain(
      `,£000,cfe-2009-10,${(CARRIED / 1000).toFixed(1)},ashford-2009-10,${(PARTNERSHIP_TOTAL / 1000).toFixed(1)},${((CARRIED - PARTNERSHIP_TOTAL) / 1000).toFixed(1)},`
    )
    const html = await sandbox.invoke("check", "--all", "--format", "html")
    expect(html.stdout).toContain("<caption>Figures that appear in two places and differ</caption>")

    const csv = await sandbox.invoke("show", "budget", "--plan", "ashford-2009-10", "--format", "csv", "--out", "export.csv")
    expect(csv.code).toBe(0)
    expect((await sandbox.invoke("import", "budget", join(sandbox.cwd, "export.csv"), "--plan", "ashford-2009-10")).stdout).toContain(
      "no change"
    )
  })

  // Kent County Council, LCSP Service Level Business Plan 2009/10: the revenue budget table's
  // Controllable Totals row prints 776.9 FTE, and the staffing table's TOTAL prints 776.9 FTE.
  it("finds the bundled business plan's budget FTE and staffing total in agreement, and a staffing total changed by 0.1 within rounding", async () => {
    const sandbox = cliSandbox()
    const plan = ["--plan", "lcsp-2009-10", "--period", "2009/10", "--create", "--title", "LCSP business plan"]
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), ...plan)).code).toBe(0)
    expect((await sandbox.invoke("import", "staffing", exampleCsv("staffing.csv"), "--plan", "lcsp-2009-10")).code).toBe(0)
    expect(((await sandbox.json("check", "--all", "--format", "json")) as CrossPlanJson).findings).toEqual([])
    const changed = join(sandbox.cwd, "staffing.csv")
    writeFileSync(changed, "row_type,name,prior_fte,fte,note\ntotal,TOTAL,294.9,777.0,\n")
    expect((await sandbox.invoke("import", "staffing", changed, "--plan", "lcsp-2009-10")).code).toBe(0)
    const within = await sandbox.invoke("check", "--plan", "lcsp-2009-10", "--with-related", "--format", "json")
    expect(within.code).toBe(0)
    expect((JSON.parse(within.stdout) as CrossPlanJson).findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "budget-fte-differs-from-staffing",
        plan: expect.objectContaining({ figure: 776.9 }),
        otherPlan: expect.objectContaining({ figure: 777 }),
        difference: -0.1
      })
    ])
  })

  it("refuses --all with --plan, and a blank activity without a row type", async () => {
    const sandbox = cliSandbox()
    const refused = await sandbox.invoke("check", "--all", "--plan", "cfe-2009-10")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("--all checks every plan")
    const blank = join(sandbox.cwd, "blank.csv")
    writeFileSync(blank, `${HEADER}\n${PARTNERSHIP_ROWS[0] ?? ""}\n,,1.0,40.0,0.0,,0.0,0.0,MD,,,\n`)
    const imported = await sandbox.invoke("import", "budget", blank, "--plan", "p", "--period", "2009/10", "--create", "--title", "p")
    expect(imported.code).toBe(2)
    expect(imported.stderr).toContain("blank.csv:3:2 (activity): activity is blank")
    expect(imported.stderr).toContain("row_type continuation")
  })
})
