import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { importBudget, readCsv } from "@plan-ledger/import-csv"
import { readSheet } from "@plan-ledger/import-xlsx"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"

/** A cell as an officer's sheet holds it: a figure as a number, anything else as text. */
const cellOf = (value: string): string | number => (/^-?[\d,]+(\.\d+)?$/.test(value) ? Number(value.replace(/,/g, "")) : value)

/** The example budget's rows written into the sheet "Budget" of a workbook, with another sheet beside it. */
const budgetWorkbook = async (change: (sheet: ExcelJS.Worksheet) => void = () => undefined): Promise<Uint8Array> => {
  const { records } = readCsv("budget.csv", readFileSync(exampleCsv("budget.csv"), "utf8"))
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Budget")
  records.forEach((record, index) => sheet.addRow(record.fields.map((field) => (index === 0 ? field.value : cellOf(field.value)))))
  change(sheet)
  workbook.addWorksheet("Notes").addRow(["Figures from the LCSP Service Level Business Plan 2009/10"])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe("plan-ledger import reading an Excel workbook", () => {
  const sandbox = cliSandbox()
  const write = (name: string, content: Uint8Array): string => {
    const file = join(sandbox.cwd, name)
    writeFileSync(file, content)
    return file
  }

  it("reads the example budget's sheet into the same commands as its CSV file", async () => {
    const reading = await readSheet("budget.xlsx", await budgetWorkbook(), "Budget")
    expect(reading._tag).toBe("Table")
    if (reading._tag !== "Table") return
    const fromSheet = importBudget({ fileName: "budget.xlsx", table: reading.table, planId: PLAN, options: {} })
    const fromCsv = importBudget({
      fileName: "budget.csv",
      text: readFileSync(exampleCsv("budget.csv"), "utf8"),
      planId: PLAN,
      options: {}
    })
    expect(fromSheet.ok).toBe(true)
    expect(fromSheet).toEqual(fromCsv)
  })

  it("imports the budget sheet into a ledger with the printed controllable total, £50,222,600", async () => {
    const file = write("budget.xlsx", await budgetWorkbook())
    const result = await sandbox.invoke("import", "budget", file, "--sheet", "Budget", "--plan", PLAN, "--period", "2009/10", "--create")
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    const budget = await sandbox.json("show", "budget", "--plan", PLAN, "--format", "json")
    expect(budget.totals).toMatchObject({ controllableExpenditure: 50_222_600, fte: 776.9 })
    expect(budget.lines).toHaveLength(21)
  })

  it("refuses a bad number where it stands, by sheet, row and column letter, and writes nothing", async () => {
    const file = write(
      "bad.xlsx",
      await budgetWorkbook((sheet) => {
        sheet.getCell("D7").value = "1,52O.3"
      })
    )
    const result = await sandbox.invoke("import", "budget", file, "--sheet", "Budget", "--plan", "bad", "--period", "2009/10", "--create")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('bad.xlsx [Budget]:7:D (employee_costs): "1,52O.3" is not a number — a decimal in £000 such as 1,520.3')
    expect(result.stderr).toContain("1 problem in")
    expect(await sandbox.json("show", "plans", "--format", "json")).not.toContainEqual(expect.objectContaining({ id: "bad" }))
  })

  it("refuses a value more precise than its column, never rounding it", async () => {
    const file = write(
      "precise.xlsx",
      await budgetWorkbook((sheet) => {
        sheet.getCell("D7").value = 0.1 + 0.2
      })
    )
    const result = await sandbox.invoke(
      "import",
      "budget",
      file,
      "--sheet",
      "Budget",
      "--plan",
      "precise",
      "--period",
      "2009/10",
      "--create"
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'precise.xlsx [Budget]:7:D (employee_costs): "0.30000000000000004" has more decimals than the unit holds'
    )
  })

  it("lists the sheets when --sheet is missing from a workbook with several, or names one it does not have", async () => {
    const file = write("sheets.xlsx", await budgetWorkbook())
    const missing = await sandbox.invoke("import", "budget", file, "--plan", "p", "--period", "2009/10", "--create")
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(
      'the workbook has 2 sheets: "Budget", "Notes" — --sheet naming the one to import, such as --sheet "Budget"'
    )
    const unknown = await sandbox.invoke("import", "budget", file, "--sheet", "Budgets", "--plan", "p", "--period", "2009/10", "--create")
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('the workbook has no sheet "Budgets"; its sheets are "Budget", "Notes"')
  })

  it("refuses --sheet for a CSV file and --delimiter for a workbook", async () => {
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--sheet", "Budget", "--plan", "p")).stderr).toContain(
      "--sheet is for Excel workbooks (.xlsx)"
    )
    const file = write("delimited.xlsx", await budgetWorkbook())
    expect((await sandbox.invoke("import", "budget", file, "--delimiter", ";", "--plan", "p")).stderr).toContain(
      "--delimiter is for CSV files"
    )
  })
})
