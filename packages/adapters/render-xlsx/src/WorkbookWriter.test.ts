import ExcelJS from "exceljs"
import { describe, expect, it } from "vitest"
import { text } from "./SheetTable.js"
import { writeWorkbook } from "./WorkbookWriter.js"

describe("a workbook of any length", () => {
  it("sizes the columns of a sheet of a hundred and fifty thousand rows", async () => {
    const rows = Array.from({ length: 150_000 }, (_, index) => ({ cells: [text(`Line ${index}`)] }))
    const bytes = await writeWorkbook([{ name: "Budget", headers: ["Activity"], rows, notes: [] }])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet("Budget")
    expect(sheet?.rowCount).toBe(150_001)
    expect(sheet?.getColumn(1).width).toBeGreaterThanOrEqual("Line 149999".length)
  })
})
