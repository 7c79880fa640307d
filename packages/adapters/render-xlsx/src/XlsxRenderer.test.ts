import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { kentViews } from "../test/KentWorkbook.js"
import { renderXlsxView, renderXlsxWorkbook } from "./XlsxRenderer.js"
import { writeWorkbook } from "./WorkbookWriter.js"

const read = async (bytes: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

const sheet = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const found = workbook.getWorksheet(name)
  if (found === undefined) throw new Error(`no sheet "${name}" in the workbook`)
  return found
}

// The row whose column holds the label.
const rowLabelled = (worksheet: ExcelJS.Worksheet, column: string, label: string): ExcelJS.Row => {
  for (let number = 1; number <= worksheet.rowCount; number++)
    if (worksheet.getCell(`${column}${number}`).value === label) return worksheet.getRow(number)
  throw new Error(`no row labelled "${label}" in sheet ${worksheet.name}`)
}

const formulaOf = (cell: ExcelJS.Cell): { readonly formula: string; readonly result: unknown } => {
  const value = cell.value
  if (value === null || typeof value !== "object" || !("formula" in value)) throw new Error(`${cell.address} holds no formula`)
  return { formula: value.formula, result: value.result }
}

let workbook: ExcelJS.Workbook

beforeAll(async () => {
  workbook = await read(await renderXlsxWorkbook(await kentViews()))
})

// Expected figures: Kent County Council, LCSP Service Level Business Plan 2009/10 — the revenue
// budget table (Controllable Totals, Memorandum Items and Total Cost of Unit rows; the Behaviour
// Service line), the LCSP Variation Statement and the Staffing Levels table.
describe("the whole-plan workbook of the LCSP service level business plan 2009/10", () => {
  it("holds one sheet per view, each with its header row frozen", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "Plan",
      "Key actions",
      "Budget",
      "Variations",
      "Staffing",
      "Scorecard",
      "Findings"
    ])
    for (const worksheet of workbook.worksheets) expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 })
  })

  it("adds up the Controllable Totals row with formulas whose cached results are the table's totals, in £000 with one decimal", () => {
    const budget = sheet(workbook, "Budget")
    const totals = rowLabelled(budget, "C", "Controllable Totals")
    const lastLine = totals.number - 1
    const expected: ReadonlyArray<readonly [string, number, string]> = [
      ["A", 16789.8, "#,##0.0"],
      ["B", 294.9, "#,##0.0"],
      ["D", 776.9, "#,##0.0"],
      ["E", 37363, "#,##0.0"],
      ["F", 13422, "#,##0.0"],
      ["H", 50785, "#,##0.0"],
      ["I", -321, "#,##0.0"],
      ["J", -241.4, "#,##0.0"],
      ["K", 50222.6, "#,##0.0"]
    ]
    for (const [column, result, format] of expected) {
      const cell = totals.getCell(column)
      expect(formulaOf(cell)).toEqual({ formula: `SUM(${column}2:${column}${lastLine})`, result })
      expect(cell.numFmt).toBe(format)
    }
    expect(totals.font?.bold).toBe(true)
  })

  it("derives each line's gross and controllable expenditure by formulas over its own cells", () => {
    const budget = sheet(workbook, "Budget")
    const behaviour = rowLabelled(budget, "C", "Behaviour Service")
    const row = behaviour.number
    expect(formulaOf(behaviour.getCell("H"))).toEqual({ formula: `E${row}+F${row}+G${row}`, result: 870.1 })
    expect(formulaOf(behaviour.getCell("K"))).toEqual({ formula: `H${row}+I${row}+J${row}`, result: 870.1 })
    expect(behaviour.getCell("A").value).toBe(849.1)
    expect(behaviour.getCell("A").numFmt).toBe("#,##0.0")
    expect(behaviour.getCell("L").value).toBe("MD")
  })

  it("adds the memorandum items to the controllable total in the Total Cost of Unit row", () => {
    const budget = sheet(workbook, "Budget")
    const totals = rowLabelled(budget, "C", "Controllable Totals").number
    const central = rowLabelled(budget, "C", "Central Overheads").number
    const directorate = rowLabelled(budget, "C", "Directorate Overheads").number
    const totalCost = rowLabelled(budget, "C", "Total Cost of Unit")
    expect(formulaOf(totalCost.getCell("K"))).toEqual({ formula: `K${totals}+SUM(K${central}:K${directorate})`, result: 51300.9 })
    expect(formulaOf(totalCost.getCell("A"))).toEqual({ formula: `A${totals}+SUM(A${central}:A${directorate})`, result: 18715.4 })
    expect(formulaOf(totalCost.getCell("D"))).toEqual({ formula: `D${totals}`, result: 776.9 })
  })

  it("fits each column to its longest value and wraps text longer than a screen's share", () => {
    const budget = sheet(workbook, "Budget")
    const cabinetMember = budget.getColumn("L").width ?? 0
    expect(cabinetMember).toBeGreaterThanOrEqual("Cabinet".length)
    expect(cabinetMember).toBeLessThan("Cabinet Member".length)
    const activity = budget.getColumn("C").width ?? 0
    expect(activity).toBeGreaterThanOrEqual("Alternative Curriculum (inc. pupil referral service)".length)
    expect(activity).toBeLessThanOrEqual(60)
    const longest = rowLabelled(
      budget,
      "C",
      "Child Development Officers - Sure Start Children Centres and Sure Start Local Programmes"
    ).getCell("C")
    expect(longest.alignment.wrapText).toBe(true)
  })

  it("bridges the variation statement 16,790 → 50,222 with subtotal and closing formulas in whole £000", () => {
    const variations = sheet(workbook, "Variations")
    const opening = rowLabelled(variations, "B", "2008/09 Budget (exc overheads)")
    expect(opening.getCell("D").value).toBe(16790)
    expect(opening.getCell("D").numFmt).toBe("#,##0")
    const closing = rowLabelled(variations, "A", "Closing")
    const { formula, result } = formulaOf(closing.getCell("D"))
    expect(formula).toMatch(new RegExp(`^D${opening.number}(\\+D\\d+){3}$`))
    expect(result).toBe(50222)
    const saving = rowLabelled(variations, "A", "Subtotal: savings")
    expect(formulaOf(saving.getCell("D"))).toEqual({ formula: `SUM(D${saving.number - 1}:D${saving.number - 1})`, result: -23 })
    const difference = rowLabelled(variations, "A", "Difference")
    expect(formulaOf(difference.getCell("D")).result).toBeCloseTo(0.6, 10)
  })

  it("shows the staffing table's printed TOTAL when its bands carry no FTE", () => {
    const total = rowLabelled(sheet(workbook, "Staffing"), "A", "TOTAL")
    expect(total.getCell("C").value).toBe(294.9)
    expect(total.getCell("D").value).toBe(776.9)
    expect(formulaOf(total.getCell("E"))).toEqual({ formula: `D${total.number}-C${total.number}`, result: 482 })
  })
})

describe("one view as a workbook", () => {
  it("holds the one sheet", async () => {
    const [, , budget] = await kentViews()
    if (budget === undefined) throw new Error("the example has no budget view")
    const single = await read(await renderXlsxView(budget))
    expect(single.worksheets.map((worksheet) => worksheet.name)).toEqual(["Budget"])
  })
})

describe("text that a spreadsheet would run as a formula", () => {
  it("is written as text, prefixed as the CSV renderer prefixes it, never as a formula", async () => {
    const hostile = ['=HYPERLINK("http://x")', "+SUM(A1:A2)", "@cmd", "-2+3+cmd|' /C calc'!A0", "\t=1"]
    const written = await read(
      await writeWorkbook([
        { name: "Hostile", headers: ["=1+1"], rows: hostile.map((value) => ({ cells: [{ _tag: "Text", text: value }] })), notes: ["-1+1"] }
      ])
    )
    const values = sheet(written, "Hostile")
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row.filter((cell) => cell !== undefined) : []))
    expect(values).toEqual(["'=1+1", ...hostile.map((value) => `'${value}`), "'-1+1"])
  })
})
