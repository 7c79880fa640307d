import { describe, expect, it } from "vitest"
import { readCsv } from "./CsvReader.js"
import { importThemes } from "./ThemesImporter.js"

describe("a line break inside a quoted cell", () => {
  it("is kept as the file wrote it — CR, CRLF or LF — with every record on its own line", () => {
    const text = 'theme_code,theme\r\nEWB,"Emotional\rWell Being"\r\nHL,"Healthy\r\nLifestyles"\nPA,"Positive\nActivities"\rLL,Learning\r\n'
    const { records, problems } = readCsv("themes.csv", text)
    expect(problems).toEqual([])
    expect(records.map((record) => [record.line, record.fields.map((field) => field.value)])).toEqual([
      [1, ["theme_code", "theme"]],
      [2, ["EWB", "Emotional\rWell Being"]],
      [4, ["HL", "Healthy\r\nLifestyles"]],
      [6, ["PA", "Positive\nActivities"]],
      [8, ["LL", "Learning"]]
    ])
  })

  it("reaches the ledger's command as written", () => {
    const result = importThemes({
      fileName: "themes.csv",
      text: 'theme_code,theme\nEWB,"Emotional\rWell\r\nBeing"\n',
      planId: "p",
      options: {}
    })
    expect(result).toMatchObject({ ok: true, commands: [{ _tag: "AddTheme", code: "EWB", name: "Emotional\rWell\r\nBeing" }] })
  })
})
