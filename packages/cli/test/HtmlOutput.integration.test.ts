import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { VIEWS } from "../src/Spec.js"
import { cliSandbox } from "./CliHarness.js"

const PLAN = "lcsp-business-plan-2009-10"

// What each view needs besides --format and --out: the plan, or for the county views what they are about.
const SUBJECT: Readonly<Record<(typeof VIEWS)[number], ReadonlyArray<string>>> = {
  plans: [],
  partnerships: [],
  partnership: ["--id", "cranbrook-paddock-wood"],
  rollup: ["--indicator", "NI 69"],
  plan: ["--plan", PLAN],
  actions: ["--plan", PLAN],
  budget: ["--plan", PLAN],
  variations: ["--plan", PLAN],
  staffing: ["--plan", PLAN],
  scorecard: ["--plan", PLAN],
  history: ["--plan", PLAN]
}

describe("HTML output: show --format html and report", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    expect((await sandbox.invoke("demo", "--store", sandbox.store)).code).toBe(0)
  })

  it.each(VIEWS)("writes the %s view as one self-contained HTML document", async (view) => {
    const out = `${view}.html`
    const result = await sandbox.invoke("show", view, ...SUBJECT[view], "--format", "html", "--out", out)
    expect(result.stderr).toContain("wrote")
    expect(result.code).toBe(0)
    const html = readFileSync(join(sandbox.cwd, out), "utf8")
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(html).toContain("<caption>")
    expect(html).not.toMatch(/<script|<link /i)
  })

  it("writes check's findings as HTML", async () => {
    const result = await sandbox.invoke("check", "--plan", PLAN, "--on", "2009-09-01", "--format", "html")
    expect(result.stdout).toContain('<ul class="findings" aria-label="Reconciliation findings">')
  })

  it("writes the report as a workbook when --out names an .xlsx file, the budget total a live formula", async () => {
    const result = await sandbox.invoke("report", "--plan", PLAN, "--out", "report.xlsx")
    expect(result.code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(sandbox.cwd, "report.xlsx"))
    expect(workbook.worksheets.map((sheet) => sheet.name).length).toBeGreaterThanOrEqual(7)
    // The budget table's Controllable Totals, 50,222.6 (£000) in Kent County Council, LCSP Service
    // Level Business Plan 2009/10, revenue budget table: a SUM over the lines with that result.
    const sums = workbook.worksheets.flatMap((sheet) => {
      const found: Array<unknown> = []
      sheet.eachRow((row) => row.eachCell((cell) => (cell.formula?.startsWith("SUM(") === true ? found.push(cell.result) : undefined)))
      return found
    })
    expect(sums).toContain(50222.6)
  })

  it("refuses an extension it has no format for, naming the ones it has", async () => {
    const result = await sandbox.invoke("report", "--plan", PLAN, "--out", "report.pdf")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("use .html, .htm, .xlsx")
    expect(existsSync(join(sandbox.cwd, "report.pdf"))).toBe(false)
  })

  it("says so for a plan the ledger does not hold", async () => {
    const result = await sandbox.invoke("report", "--plan", "no-such-plan", "--out", "report.html")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("no-such-plan")
    expect(existsSync(join(sandbox.cwd, "report.html"))).toBe(false)
  })
})
