import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

// A budget built here, with the test's own figures: "Early Years" continues on a row printed
// without a label, and a line of its own has a blank label.
const TABLE = [
  "row_type,activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte",
  "line,Early Years,3.0,120.4,0.0,,0.0,0.0,MD,,",
  "continuation,,1.0,40.0,0.0,,0.0,0.0,MD,,",
  "line,Admin,1.5,30.0,0.0,,0.0,0.0,MD,,",
  "unlabelled,,0.5,7.5,0.0,,0.0,0.0,MD,,"
]
const PLAN = "ashford-2009-10"

describe("show budget with rows printed without a label", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    const path = join(sandbox.cwd, "budget.csv")
    writeFileSync(path, `${TABLE.join("\n")}\n`)
    expect((await sandbox.invoke("import", "budget", path, "--plan", PLAN, "--period", "2009/10", "--create", "--title", PLAN)).code).toBe(
      0
    )
  })

  it("prints each in place with a blank label in Markdown, the continuation under its line", async () => {
    const { stdout } = await sandbox.invoke("show", "budget", "--plan", PLAN)
    const rows = stdout.split("\n").filter((line) => /\| MD +\|$/u.test(line))
    expect(rows.map((row) => row.split("|")[3]?.trim())).toEqual(["Early Years", "", "Admin", ""])
    expect(rows.map((row) => row.split("|")[5]?.trim())).toEqual(["120.4", "40.0", "30.0", "7.5"])
  })

  it("prints each in place in HTML and in the workbook, counted in the totals", async () => {
    const html = (await sandbox.invoke("show", "budget", "--plan", PLAN, "--format", "html")).stdout
    expect(html.indexOf("Early Years")).toBeLessThan(html.indexOf("40.0"))
    expect(html.indexOf("40.0")).toBeLessThan(html.indexOf("Admin"))
    expect((await sandbox.invoke("show", "budget", "--plan", PLAN, "--format", "xlsx", "--out", "budget.xlsx")).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(join(sandbox.cwd, "budget.xlsx")) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet("Budget")
    const rows = sheet?.getRows(2, 4) ?? []
    expect(rows.map((row) => [row.getCell("C").value ?? "", row.getCell("E").value])).toEqual([
      ["Early Years", 120.4],
      ["", 40],
      ["Admin", 30],
      ["", 7.5]
    ])
    const totals = sheet?.getRows(1, sheet.rowCount)?.find((row) => row.getCell("C").value === "Controllable Totals")
    // 120.4 + 40.0 + 30.0 + 7.5 (£000)
    expect(totals?.getCell("K").value).toEqual({ formula: "SUM(K2:K5)", result: 197.9 })
  })
})
