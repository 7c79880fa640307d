import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { readSheet } from "./SheetReader.js"
import { zipDamage } from "./ZipDamage.js"

let whole: Buffer

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Budget")
  sheet.addRow(["activity", "employee_costs", "fte"])
  for (let row = 0; row < 200; row++) sheet.addRow([`Line ${row}`, 1520.3 + row, 19.5])
  whole = Buffer.from(await workbook.xlsx.writeBuffer())
})

// Where an entry's stored bytes lie, found from its local header.
const storedBytesOf = (bytes: Buffer, name: string): { readonly start: number; readonly end: number } => {
  const header = bytes.indexOf(Buffer.from(name))
  const local = header - 30
  const start = header + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
  return { start, end: start + bytes.readUInt32LE(local + 18) }
}

const problemOf = async (bytes: Uint8Array): Promise<string> => {
  const reading = await readSheet("budget.xlsx", bytes)
  return reading._tag === "Problems" ? (reading.problems[0]?.problem ?? "") : reading._tag
}

describe("a damaged workbook is refused as damaged, never read for what the damage made of it", () => {
  it("finds a whole workbook whole", async () => {
    expect(zipDamage(whole)).toBeUndefined()
    expect(await problemOf(whole)).toBe("Table")
  })

  it("refuses a workbook cut short anywhere", async () => {
    for (const length of [30, 1000, Math.floor(whole.length / 2), whole.length - 1]) {
      expect(await problemOf(whole.subarray(0, length))).toBe(
        "this is not a readable workbook: its ZIP archive is damaged (its end-of-archive record is missing: the file was cut short, or is not a ZIP archive)"
      )
    }
  })

  it("names the entry whose bytes were changed", async () => {
    const sheet = storedBytesOf(whole, "xl/worksheets/sheet1.xml")
    const changed = Buffer.from(whole)
    for (let offset = sheet.start + 10; offset < sheet.start + 20; offset++) changed[offset] = (changed[offset] ?? 0) ^ 0xff
    expect(await problemOf(changed)).toMatch(
      /^this is not a readable workbook: its ZIP archive is damaged \(the entry xl\/worksheets\/sheet1\.xml (fails its checksum|cannot be decompressed)\)$/
    )
  })

  it("notices an entry stored under another name than the directory's (which read as a workbook with no sheets)", async () => {
    const changed = Buffer.from(whole)
    const name = changed.indexOf(Buffer.from("xl/worksheets/sheet1.xml"))
    changed[name + 3] = "W".charCodeAt(0)
    expect(await problemOf(changed)).toBe(
      "this is not a readable workbook: its ZIP archive is damaged (the entry xl/worksheets/sheet1.xml is named otherwise where it is stored)"
    )
  })

  it("keeps saying a file that is no ZIP archive at all is not a workbook", async () => {
    expect(await problemOf(Buffer.from("activity,fte\nEarly Years,1.0\n"))).toBe("this is not an Excel workbook (.xlsx) that can be read")
  })
})
