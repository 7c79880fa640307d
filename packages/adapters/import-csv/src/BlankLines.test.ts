import type * as CsvParse from "csv-parse/sync"
import { beforeAll, describe, expect, it, vi } from "vitest"
import type * as CsvReader from "./CsvReader.js"

// Counts the records csv-parse hands over: the work of reading a file grows with them.
const handedOver = vi.hoisted(() => ({ records: 0 }))

vi.mock("csv-parse/sync", async (importOriginal) => {
  const original = await importOriginal<typeof CsvParse>()
  return {
    ...original,
    parse: (input: string, options: CsvParse.Options = {}) =>
      original.parse(input, {
        ...options,
        on_record: (record, context) => {
          handedOver.records += 1
          return options.on_record === undefined ? record : options.on_record(record, context)
        }
      })
  }
})

// Test files share their worker's modules, so the reader is loaded afresh here, on the counting parser.
let readCsv: typeof CsvReader.readCsv
beforeAll(async () => {
  vi.resetModules()
  readCsv = (await import("./CsvReader.js")).readCsv
})

describe("blank lines after a table", () => {
  it("are skipped without being handed over as records, and the lines after them keep their numbers", () => {
    handedOver.records = 0
    const text = `activity,fte\nEarly Years,1.0\n${"\n".repeat(200_000)}Youth,2.0\n${"\r\n".repeat(100_000)}`
    const { records, problems } = readCsv("budget.csv", text)
    expect(problems).toEqual([])
    expect(records.map((record) => [record.line, record.fields.map((field) => field.value)])).toEqual([
      [1, ["activity", "fte"]],
      [2, ["Early Years", "1.0"]],
      [200_003, ["Youth", "2.0"]]
    ])
    expect(handedOver.records).toBe(3)
  })

  it("keep a quoted field's blank lines inside it", () => {
    const { records } = readCsv("themes.csv", 'code,theme\n\nT1,"one\n\ntwo"\n\nT2,three\n')
    expect(records.map((record) => [record.line, record.fields.map((field) => field.value)])).toEqual([
      [1, ["code", "theme"]],
      [3, ["T1", "one\n\ntwo"]],
      [7, ["T2", "three"]]
    ])
  })
})
