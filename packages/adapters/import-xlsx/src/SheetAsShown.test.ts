import { formatImportProblem, type ImportProblem } from "@plan-ledger/core/adapters"
import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { meaningOf, shiftDecimal } from "./NumberFormat.js"
import { readSheet, type SheetReading } from "./SheetReader.js"

const workbookBytes = async (
  fill: (sheet: ExcelJS.Worksheet) => void,
  compression: "STORE" | "DEFLATE" = "DEFLATE"
): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet("Sheet"))
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression } } as ExcelJS.XlsxWriteOptions))
}
const valuesOf = (reading: SheetReading): ReadonlyArray<ReadonlyArray<string>> =>
  reading._tag === "Table" ? reading.table.records.map((record) => record.fields.map((field) => field.value)) : []
const problemsOf = (reading: SheetReading): ReadonlyArray<string> =>
  reading._tag === "Problems" ? reading.problems.map((problem: ImportProblem) => formatImportProblem(problem)) : []

describe("a sheet read as the officer sees it", () => {
  it("refuses a workbook whose stored bytes no longer match their checksum, naming the damaged part", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["activity", "funding_source"])
      sheet.addRow(["Early Years", "Standards Fund"])
    }, "STORE")
    expect(valuesOf(await readSheet("budget.xlsx", bytes))[1]).toEqual(["Early Years", "Standards Fund"])
    const text = Buffer.from(bytes).toString("latin1")
    const at = text.indexOf("Standards Fund")
    expect(at).toBeGreaterThan(0)
    const damaged = Uint8Array.from(bytes)
    damaged.set(Buffer.from("Bond", "latin1"), at + "Standards ".length)
    const reading = await readSheet("budget.xlsx", damaged)
    expect(problemsOf(reading)).toEqual([
      "budget.xlsx:1:1: this is not a readable workbook: its ZIP archive is damaged (the entry xl/sharedStrings.xml fails its checksum) — the workbook as it was saved: copy it again from where it came from, or open it in Excel and save it again"
    ])
  })

  it("refuses a workbook whose compressed part is damaged, naming the part", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["activity", "funding_source"])
      for (let row = 0; row < 50; row += 1) sheet.addRow([`Line ${row}`, "Standards Fund"])
    })
    const damaged = Uint8Array.from(bytes)
    const text = Buffer.from(bytes).toString("latin1")
    const part = text.indexOf("xl/worksheets/sheet1.xml")
    // A byte in the middle of the sheet's compressed data, past its local header.
    const target = part + "xl/worksheets/sheet1.xml".length + 40
    damaged[target] = (damaged[target] ?? 0) ^ 0xff
    expect(problemsOf(await readSheet("budget.xlsx", damaged))[0]).toMatch(
      /^budget\.xlsx:1:1: this is not a readable workbook: its ZIP archive is damaged \(the entry xl\/worksheets\/sheet1\.xml /
    )
  })

  it("reads a percentage as the percentage shown, and a thousands-scaled amount in the scale shown", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["code", "value", "amount"])
      const row = sheet.addRow(["NI 117", 0.4462, 1520300])
      row.getCell(2).numFmt = "0.00%"
      row.getCell(3).numFmt = '£#,##0.0,"k";[Red]-£#,##0.0,"k"'
      const negative = sheet.addRow(["NI 50", -0.05, -2500000])
      negative.getCell(2).numFmt = "0%"
      negative.getCell(3).numFmt = '#,##0,,"m"'
      const plain = sheet.addRow(["NI 51", 12.5, 1520.3])
      plain.getCell(3).numFmt = "#,##0.0"
    })
    expect(valuesOf(await readSheet("indicators.xlsx", bytes))).toEqual([
      ["code", "value", "amount"],
      ["NI 117", "44.62%", "1520.3"],
      ["NI 50", "-5%", "-2.5"],
      ["NI 51", "12.5", "1520.3"]
    ])
  })

  it("refuses a number format whose scale depends on the value", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["activity", "employee_costs"])
      sheet.addRow(["Early Years", 1520300]).getCell(2).numFmt = '[>=1000000]0.0,,"m";0.0,"k"'
    })
    expect(problemsOf(await readSheet("budget.xlsx", bytes))[0]).toContain(
      "budget.xlsx [Sheet]:2:B (employee_costs): the cell's number format"
    )
  })

  it("refuses the cells a merged range covers, never reading them as blank", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["action_id", "note"])
      sheet.addRow(["EWB1.1", "Delayed by the review"])
      sheet.addRow(["EWB1.2", null])
      sheet.mergeCells("B2:B3")
    })
    expect(problemsOf(await readSheet("progress.xlsx", bytes))).toEqual([
      "progress.xlsx [Sheet]:3:B (note): the cell is merged with B2, whose value the sheet shows here too — each value in its own cell: select the merged cells, choose Merge & Center → Unmerge Cells, and type the value into every cell that holds it"
    ])
  })

  it("reads a formula whose saved result is 0 or FALSE as that result", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(["activity", "employee_costs", "flag"])
      sheet.addRow(["Early Years", { formula: "C5-C5", result: 0 }, { formula: "1=2", result: false }])
    })
    expect(valuesOf(await readSheet("budget.xlsx", bytes))[1]).toEqual(["Early Years", "0", "FALSE"])
  })
})

describe("number formats", () => {
  it("finds percentages and thousands scaling in the section a value's sign selects", () => {
    expect(meaningOf("0.00%", 0.5)).toEqual({ _tag: "Shown", percent: 1, thousandsScaling: 0 })
    expect(meaningOf("#,##0.0", 5)).toEqual({ _tag: "Shown", percent: 0, thousandsScaling: 0 })
    expect(meaningOf('#,##0.0,"k"', 5)).toEqual({ _tag: "Shown", percent: 0, thousandsScaling: 1 })
    expect(meaningOf("#,##0,,", 5)).toEqual({ _tag: "Shown", percent: 0, thousandsScaling: 2 })
    expect(meaningOf('"Total, all";0', 5)).toEqual({ _tag: "Shown", percent: 0, thousandsScaling: 0 })
    expect(meaningOf("#,##0;(#,##0,)", -5)).toEqual({ _tag: "Shown", percent: 0, thousandsScaling: 1 })
    expect(meaningOf("General", 5)).toEqual({ _tag: "Shown", percent: 0, thousandsScaling: 0 })
    expect(meaningOf('0\\%;0"%"', 5)).toEqual({ _tag: "Shown", percent: 0, thousandsScaling: 0 })
    expect(meaningOf("[<0]0%;0", 5)._tag).toBe("Conditional")
  })

  it("moves a decimal point exactly", () => {
    expect(shiftDecimal("0.4462", 2)).toBe("44.62")
    expect(shiftDecimal("1520300", -3)).toBe("1520.3")
    expect(shiftDecimal("-0.05", 2)).toBe("-5")
    expect(shiftDecimal("5", -3)).toBe("0.005")
    expect(shiftDecimal("0.30000000000000004", 2)).toBe("30.000000000000004")
    expect(shiftDecimal("0", 2)).toBe("0")
    expect(shiftDecimal("-0.0001", -3)).toBe("-0.0000001")
  })
})
