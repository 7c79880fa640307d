import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"
const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const
const AREA = ["--area", "kent-lcsps"] as const

// Each table `show … --format csv` writes, with the view that shows it and the options its import takes.
const TABLES = [
  { table: "budget", view: "budget", options: [] },
  { table: "variations", view: "variations", options: [] },
  { table: "staffing", view: "staffing", options: [] },
  { table: "indicators", view: "scorecard", options: AREA }
] as const

// A projection as JSON, without the plan's id (the fresh plan has another).
const withoutPlanId = (projection: Record<string, unknown>): Record<string, unknown> => {
  const { plan: _plan, ...rest } = projection
  return rest
}

describe("every table show writes as CSV imports back into the same plan as a no-op", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN)).code).toBe(0)
    expect((await sandbox.invoke("import", "staffing", exampleCsv("staffing.csv"), "--plan", PLAN)).code).toBe(0)
    expect((await sandbox.invoke("import", "indicators", exampleCsv("indicators.csv"), "--plan", PLAN, ...AREA)).code).toBe(0)
  })

  for (const { table, view, options } of TABLES) {
    it(`round-trips the ${table} table`, async () => {
      const exported = join(sandbox.cwd, `exported-${table}.csv`)
      expect((await sandbox.invoke("show", view, "--plan", PLAN, "--format", "csv", "--out", exported)).code).toBe(0)

      const before = await sandbox.eventCount()
      const again = await sandbox.invoke("import", table, exported, "--plan", PLAN, ...options)
      expect(again.code).toBe(0)
      expect(again.stdout).toContain("no change")
      expect(await sandbox.eventCount()).toBe(before)

      // A fresh plan made from the exported file shows the same table. The variation statement is
      // measured against the plan's budget, so the fresh plan gets the example's budget first.
      const fresh = `${table}-from-export`
      if (table === "variations")
        expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", fresh, ...DRAFT)).code).toBe(0)
      const imported = await sandbox.invoke("import", table, exported, "--plan", fresh, ...DRAFT, ...options)
      expect(imported.code).toBe(0)
      const original = await sandbox.json("show", view, "--plan", PLAN, "--format", "json")
      const copy = await sandbox.json("show", view, "--plan", fresh, "--format", "json")
      expect(withoutPlanId(copy)).toEqual(withoutPlanId(original))
    })
  }

  it("keeps a budget's rounding findings: a plan made from the export finds what the original does", async () => {
    // Printed figures that differ from the lines by rounding: a line's stated gross and
    // controllable expenditure, and the Controllable Totals and Total Cost of Unit rows.
    const printed = join(sandbox.cwd, "rounded-budget.csv")
    writeFileSync(
      printed,
      [
        "row_type,activity,fte,employee_costs,running_costs,contracts_projects,gross_expenditure,external_income,internal_income,controllable_expenditure,cabinet_member,prior_controllable,prior_fte",
        "line,Admin,1.5,10.04,0.02,,10.1,0,0,10.1,MD,9.0,1.0",
        "line,Base,0.5,5.03,0,,5.03,-1.0,0,4.03,MD,,",
        "total,Controllable Totals,2.0,15.1,0.0,0.0,15.1,-1.0,0.0,14.1,,9.0,1.0",
        "memorandum,Central Overheads,,,,,,,,1.0,,0.5,",
        "total-cost,Total Cost of Unit,2.0,15.1,0.0,0.0,15.1,-1.0,0.0,15.1,,9.5,1.0"
      ].join("\n")
    )
    const original = "rounded"
    expect((await sandbox.invoke("import", "budget", printed, "--plan", original, ...DRAFT)).code).toBe(0)
    const exported = join(sandbox.cwd, "rounded-export.csv")
    expect((await sandbox.invoke("show", "budget", "--plan", original, "--format", "csv", "--out", exported)).code).toBe(0)
    const again = await sandbox.invoke("import", "budget", exported, "--plan", original)
    expect(again.stdout).toContain("no change")
    const fresh = "rounded-from-export"
    expect((await sandbox.invoke("import", "budget", exported, "--plan", fresh, ...DRAFT)).code).toBe(0)
    const findingsOf = async (plan: string) => {
      const result = await sandbox.invoke("check", "--plan", plan, "--format", "json")
      return { code: result.code, findings: JSON.parse(result.stdout.replaceAll(plan, "<plan>")).findings }
    }
    const before = await findingsOf(original)
    expect(before.findings.map((finding: { code: string }) => finding.code)).toEqual(
      expect.arrayContaining(["stated-total-mismatch", "line-arithmetic-mismatch"])
    )
    expect(await findingsOf(fresh)).toEqual(before)
  })
})
