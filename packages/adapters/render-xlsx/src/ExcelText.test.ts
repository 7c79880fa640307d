import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { excelText } from "./ExcelText.js"

describe("text written as Excel writes it", () => {
  it("comes back from the workbook with its carriage returns, control characters and escape-like underscores", async () => {
    const written = ["Children's\r\nCentres", "line\rbreak", "bell\u0007", "literal _x000D_ text", "plain"]
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet("Sheet").addRow(written.map(excelText))
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(await workbook.xlsx.writeBuffer())
    const row = read.worksheets[0]?.getRow(1)
    expect(written.map((_, index) => row?.getCell(index + 1).value)).toEqual(written)
  })
})
