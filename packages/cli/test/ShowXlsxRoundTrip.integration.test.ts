import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"
const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const
const AREA = ["--area", "kent-lcsps"] as const

// Each view `show --format xlsx` writes with a table an import reads, and the options that import takes.
const VIEWS = [
  { view: "budget", table: "budget", options: [] },
  { view: "variations", table: "variations", options: [] },
  { view: "staffing", table: "staffing", options: [] },
  { view: "scorecard", table: "indicators", options: AREA }
] as const

describe("every workbook show writes imports back into the same plan as a no-op", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN)).code).toBe(0)
    expect((await sandbox.invoke("import", "staffing", exampleCsv("staffing.csv"), "--plan", PLAN)).code).toBe(0)
    expect((await sandbox.invoke("import", "indicators", exampleCsv("indicators.csv"), "--plan", PLAN, ...AREA)).code).toBe(0)
  })

  for (const { view, table, options } of VIEWS) {
    it(`imports the ${view} workbook back, recording nothing`, async () => {
      const workbook = join(sandbox.cwd, `${view}.xlsx`)
      expect((await sandbox.invoke("show", view, "--plan", PLAN, "--format", "xlsx", "--out", workbook)).code).toBe(0)
      const before = await sandbox.eventCount()
      const again = await sandbox.invoke("import", table, workbook, "--plan", PLAN, ...options)
      expect(again.stderr).toBe("")
      expect(again.stdout).toContain("no change")
      expect(await sandbox.eventCount()).toBe(before)

      // Imported into a fresh plan, the workbook's table shows the same view.
      const fresh = `${view}-from-workbook`
      if (view === "variations")
        expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", fresh, ...DRAFT)).code).toBe(0)
      const imported = await sandbox.invoke("import", table, workbook, "--plan", fresh, ...DRAFT, ...options)
      expect(imported.stderr).toBe("")
      expect(imported.code).toBe(0)
      const { plan: _original, ...original } = await sandbox.json("show", view, "--plan", PLAN, "--format", "json")
      const { plan: _copy, ...copy } = await sandbox.json("show", view, "--plan", fresh, "--format", "json")
      expect(copy).toEqual(original)
    })
  }
})
