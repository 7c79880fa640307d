import { formatImportProblem, type ImportProblem } from "@plan-ledger/core/adapters"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { plainNumber, readSheet, type SheetReading } from "./SheetReader.js"

const workbookBytes = async (fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  fill(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
const valuesOf = (reading: SheetReading): ReadonlyArray<ReadonlyArray<string>> =>
  reading._tag === "Table" ? reading.table.records.map((record) => record.fields.map((field) => field.value)) : []
const problemsOf = (reading: SheetReading): ReadonlyArray<string> =>
  reading._tag === "Problems" ? reading.problems.map((problem: ImportProblem) => formatImportProblem(problem)) : []

describe("reading a workbook's sheet", () => {
  it("reads numbers as their shortest exact decimal, rich text and hyperlinks as their text, blanks as empty", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Budget")
      sheet.addRow(["activity", "employee_costs", "fte"])
      sheet.addRow([{ richText: [{ text: "Early " }, { text: "Years", font: { bold: true } }] }, 1520.3, 19.5])
      sheet.addRow([{ text: "Youth", hyperlink: "https://example.org" }, 0.1 + 0.2, null])
    })
    expect(valuesOf(await readSheet("budget.xlsx", bytes))).toEqual([
      ["activity", "employee_costs", "fte"],
      ["Early Years", "1520.3", "19.5"],
      ["Youth", "0.30000000000000004", ""]
    ])
  })

  it("writes numbers with an exponent out in full, so every digit is judged", () => {
    expect(plainNumber(1e-7)).toBe("0.0000001")
    expect(plainNumber(-1.5e-7)).toBe("-0.00000015")
    expect(plainNumber(1e21)).toBe("1000000000000000000000")
    expect(plainNumber(1.25e22)).toBe("12500000000000000000000")
    expect(plainNumber(1520.3)).toBe("1520.3")
  })

  it("reads a formula as the result Excel saved, and refuses one without a result, located", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Budget")
      sheet.addRow(["activity", "employee_costs"])
      sheet.addRow(["Early Years", { formula: "B5+B6", result: 870.1 }])
      sheet.addRow(["Youth", { formula: "B7*2" }])
    })
    expect(problemsOf(await readSheet("budget.xlsx", bytes))).toEqual([
      "budget.xlsx [Budget]:3:B (employee_costs): the formula =B7*2 has no saved result (or one of empty text, which the workbook reader cannot tell from none) — the workbook saved by Excel after it has calculated: open it in Excel, recalculate (F9) and save it — this reads the values Excel saved and never calculates a formula itself; a formula that gives empty text is best replaced by its value (Copy, then Paste Special → Values)"
    ])
    const calculated = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Budget")
      sheet.addRow(["activity", "employee_costs"])
      sheet.addRow(["Early Years", { formula: "B5+B6", result: 870.1 }])
    })
    expect(valuesOf(await readSheet("budget.xlsx", calculated))).toEqual([
      ["activity", "employee_costs"],
      ["Early Years", "870.1"]
    ])
  })

  it("marks a date cell as a date, written YYYY-MM-DD", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Progress")
      sheet.addRow(["as_of"])
      sheet.addRow([new Date(Date.UTC(2009, 8, 30))])
    })
    const reading = await readSheet("progress.xlsx", bytes)
    expect(reading._tag === "Table" ? reading.table.records[1]?.fields[0] : undefined).toEqual({
      value: "2009-09-30",
      line: 2,
      column: 1,
      date: true
    })
  })

  it("refuses an error value and a value outside the header's columns, each where it stands", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Budget")
      sheet.getCell("B2").value = "activity"
      sheet.getCell("C2").value = "employee_costs"
      sheet.getCell("B3").value = "Early Years"
      sheet.getCell("C3").value = { error: "#DIV/0!" }
      sheet.getCell("E3").value = "stray"
    })
    expect(problemsOf(await readSheet("budget.xlsx", bytes))).toEqual([
      "budget.xlsx [Budget]:3:C (employee_costs): the cell shows the error #DIV/0! — a value: correct the cell (or the formula it holds) in Excel and save the workbook",
      "budget.xlsx [Budget]:3:E: a value outside the table, whose header runs from column B to C — every value under a named column: name its column in the header row, or clear the cell"
    ])
  })

  it("reads a table that starts away from A1 with its cells' own rows and columns", async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Budget")
      sheet.getCell("B6").value = "activity"
      sheet.getCell("B7").value = "Early Years"
    })
    const reading = await readSheet("budget.xlsx", bytes)
    expect(reading._tag === "Table" ? reading.table : undefined).toEqual({
      sheet: "Budget",
      records: [
        { line: 6, fields: [{ value: "activity", line: 6, column: 2 }] },
        { line: 7, fields: [{ value: "Early Years", line: 7, column: 2 }] }
      ]
    })
  })

  it("reads the only sheet without --sheet, and otherwise lists the sheets to choose from", async () => {
    const one = await workbookBytes((workbook) => workbook.addWorksheet("Budget").addRow(["activity"]))
    expect(valuesOf(await readSheet("budget.xlsx", one))).toEqual([["activity"]])
    const two = await workbookBytes((workbook) => {
      workbook.addWorksheet("Budget").addRow(["activity"])
      workbook.addWorksheet("Notes").addRow(["note"])
    })
    expect(await readSheet("budget.xlsx", two)).toEqual({
      _tag: "ChooseSheet",
      sheets: ["Budget", "Notes"],
      problem: 'the workbook has 2 sheets: "Budget", "Notes"',
      expected: '--sheet naming the one to import, such as --sheet "Budget"'
    })
    expect(valuesOf(await readSheet("budget.xlsx", two, "Notes"))).toEqual([["note"]])
    expect(await readSheet("budget.xlsx", two, "Budgt")).toEqual({
      _tag: "ChooseSheet",
      sheets: ["Budget", "Notes"],
      problem: 'the workbook has no sheet "Budgt"; its sheets are "Budget", "Notes"',
      expected: "--sheet with one of those names, as Excel shows it on the sheet's tab"
    })
  })

  it("reads exactly the bytes it is given when they are a view into a larger buffer that holds another workbook", async () => {
    const wanted = await workbookBytes((workbook) => workbook.addWorksheet("Budget").addRow(["activity"]))
    const other = await workbookBytes((workbook) => workbook.addWorksheet("Other").addRow(["activity"]))
    // As a Buffer from readFileSync can be: a window on a shared buffer that held other files before.
    const shared = new ArrayBuffer(wanted.length + other.length + 1024)
    new Uint8Array(shared).set(wanted, 0)
    new Uint8Array(shared).set(other, wanted.length + 512)
    const reading = await readSheet("budget.xlsx", Buffer.from(shared, 0, wanted.length))
    expect(reading).toMatchObject({ _tag: "Table", table: { sheet: "Budget" } })
  })

  it("refuses bytes that are not a workbook", async () => {
    expect(problemsOf(await readSheet("budget.xlsx", new TextEncoder().encode("activity,fte\n")))).toEqual([
      'budget.xlsx:1:1: this is not an Excel workbook (.xlsx) that can be read — a workbook saved by Excel as "Excel Workbook (.xlsx)" — an .xls or .ods file saved again in that format — or the sheet saved as "CSV UTF-8"'
    ])
  })
})
