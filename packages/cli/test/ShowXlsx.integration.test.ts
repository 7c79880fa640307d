import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"

describe("plan-ledger show --format xlsx", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    const imported = await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, "--period", "2009/10", "--create")
    expect(imported.code).toBe(0)
  })

  // Kent County Council, LCSP Service Level Business Plan 2009/10, revenue budget table: the
  // Controllable Totals row prints 50,222.6.
  it("writes the budget as a workbook whose Controllable Totals are formulas over the lines", async () => {
    const result = await sandbox.invoke("show", "budget", "--plan", PLAN, "--format", "xlsx", "--out", "budget.xlsx")
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(`wrote ${join(sandbox.cwd, "budget.xlsx")}\n`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(join(sandbox.cwd, "budget.xlsx")) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet("Budget")
    const totals = sheet?.getRows(1, sheet.rowCount)?.find((row) => row.getCell("C").value === "Controllable Totals")
    expect(totals?.getCell("K").value).toEqual({ formula: `SUM(K2:K${(totals?.number ?? 0) - 1})`, result: 50222.6 })
  })

  it("refuses to print a workbook to the terminal, and writes nothing", async () => {
    const result = await sandbox.invoke("show", "budget", "--plan", PLAN, "--format", "xlsx")
    expect(result.code).toBe(2)
    expect(result.stdout).toBe("")
    expect(result.stderr).toContain("--format xlsx writes a workbook, not text: say where with --out <file.xlsx>")
  })

  it("refuses the views that are not a plan's, before reading the ledger", async () => {
    for (const view of ["plans", "history"]) {
      const result = await sandbox.invoke("show", view, "--plan", PLAN, "--format", "xlsx", "--out", `${view}.xlsx`)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`not ${view}: use md, json or csv`)
      expect(existsSync(join(sandbox.cwd, `${view}.xlsx`))).toBe(false)
    }
  })
})
