import { type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importBudget } from "./BudgetImporter.js"
import { importIndicators } from "./IndicatorsImporter.js"
import { decodeText } from "./TextInput.js"
import { importVariations } from "./VariationsImporter.js"

const header =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"
const budgetText = (...rows: ReadonlyArray<string>): string => [header, ...rows].join("\n")
const budget = (...rows: ReadonlyArray<string>): ImportResult =>
  importBudget({ fileName: "budget.csv", text: budgetText(...rows), planId: "p", options: {} })
const problemsOf = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))
const commandsOf = (result: ImportResult): ReadonlyArray<PlanCommand> => (result.ok ? result.commands : [])
const kpiHeader = "code,title,unit,polarity,period,kind,value"
const kpi = (value: string): ImportResult =>
  importIndicators({
    fileName: "kpi.csv",
    text: `${kpiHeader}\nNI 117,NEET,count,lower-is-better,2009/10,actual,${value}`,
    planId: "p",
    options: {}
  })
const kpiValue = (value: string): unknown => commandsOf(kpi(value)).find((command) => command._tag === "ReportIndicatorValue")
const bytesOf = (...parts: ReadonlyArray<string | ReadonlyArray<number>>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : [...part])))

describe("reading a file's bytes", () => {
  // "Children’s Centres £ pot" as Excel's "CSV (Comma delimited)" writes it: ’ is 0x92, £ is 0xA3.
  const windows1252 = bytesOf("activity\nChildren", [0x92], "s Centres ", [0xa3], " pot\n")

  it("refuses Windows-1252 read as UTF-8 at the first invalid byte, with the fix", () => {
    const reading = decodeText("budget.csv", windows1252)
    expect(reading.ok).toBe(false)
    expect(reading.ok ? [] : reading.problems.map(formatImportProblem)).toEqual([
      'budget.csv:2:9: byte 0x92 is not valid UTF-8 (the file looks like Windows-1252, as Excel\'s "CSV (Comma delimited)" saves it) — a UTF-8 file: import it with --encoding windows-1252, or save it from Excel as "CSV UTF-8"'
    ])
  })

  it("reads it exactly with windows-1252 (or latin1)", () => {
    expect(decodeText("budget.csv", windows1252, "windows-1252")).toEqual({
      ok: true,
      text: "activity\nChildren’s Centres £ pot\n",
      encoding: "windows-1252"
    })
    expect(decodeText("budget.csv", windows1252, "latin1")).toMatchObject({ ok: true, text: "activity\nChildren’s Centres £ pot\n" })
  })

  it("drops a UTF-8 byte-order mark and reads UTF-16 by its byte-order mark", () => {
    const text = "activity\nChildren’s Centres £ pot\n"
    expect(decodeText("a.csv", bytesOf([0xef, 0xbb, 0xbf], text))).toMatchObject({ ok: true, text, encoding: "utf-8" })
    const units = Array.from(text, (character) => character.charCodeAt(0))
    expect(
      decodeText(
        "a.csv",
        bytesOf(
          [0xff, 0xfe],
          units.flatMap((unit) => [unit & 0xff, unit >> 8])
        )
      )
    ).toMatchObject({ ok: true, text, encoding: "utf-16le" })
    expect(
      decodeText(
        "a.csv",
        bytesOf(
          [0xfe, 0xff],
          units.flatMap((unit) => [unit >> 8, unit & 0xff])
        )
      )
    ).toMatchObject({ ok: true, text, encoding: "utf-16be" })
    expect(decodeText("a.csv", bytesOf([0xff, 0xfe], "a"), "utf-8")).toMatchObject({
      ok: false,
      problems: [{ problem: "the file starts with a UTF-16LE byte-order mark but is to be read as UTF-8" }]
    })
  })

  it("calls binary input not a text file without echoing its bytes", () => {
    const reading = decodeText(
      "photo.csv",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
    )
    expect(reading).toMatchObject({
      ok: false,
      problems: [{ line: 1, column: 1, problem: "this is not a text file (it holds NUL bytes or many control characters)" }]
    })
  })

  it("refuses text that already holds replacement or control characters, where they stand", () => {
    expect(problemsOf(budget("Children\uFFFDs Centres,0,0,0,,0,0,MD,,"))[0]).toMatch(
      /^budget\.csv:2:9: a replacement character \(U\+FFFD\)/
    )
    expect(problemsOf(budget("Early\u000BYears,0,0,0,,0,0,MD,,"))).toEqual([
      "budget.csv:2:6: a control character (U+000B) is in the text — text without control characters (in a one-byte encoding, a byte that is not a character)"
    ])
  })
})

describe("reading CSV", () => {
  it("refuses text after a closing quote and a stray quote that never closes, where the field starts", () => {
    expect(
      problemsOf(budget('"Early"Years,0,0,0,,0,0,MD,,', "Base,0,0,0,,0,0,MD,,", 'Admin,"1,0,0,,0,0,MD,,', "Other,0,0,0,,0,0,MD,,"))
    ).toEqual([
      'budget.csv:2:1 (activity): a quoted field goes on after its closing quote — the whole field in quotes, with "" for a quote inside it, such as "say ""yes"" now"',
      'budget.csv:4:2 (fte): a quoted field starting on this line is never closed, so every line after it to the end of the file (line 5) would be part of it — a closing double quote where the field ends (write "" for a quote inside a field)'
    ])
  })

  it("refuses a quoted field that swallows what look like rows", () => {
    expect(problemsOf(budget('Admin,"1,0,0,,0,0,MD,,', "Other,0,0,0,,0,0,MD,,", 'More,0,0,0,,0,0,MD,",'))).toEqual([
      'budget.csv:2:2 (fte): a quoted field opened here runs to line 4 and takes in what look like rows — a closing double quote where the field ends (write "" for a quote inside a field)'
    ])
  })

  it("keeps a quoted field over several lines and locates the rows after it", () => {
    const result = importVariations({
      fileName: "v.csv",
      text: 'section,description,amount,justification\npressure,Pay,295,"Pay award\nof 2.45%"\npressure,Rent,x,',
      planId: "p",
      options: {}
    })
    expect(problemsOf(result)).toEqual(['v.csv:4:3 (amount): "x" is not a number — a decimal in £000 such as 1,520.3'])
  })

  it("names a semicolon- or tab-delimited file and reads it with its delimiter", () => {
    const semicolons = budgetText("Base;0;0;31.9;;0;0;MD;;").replace(/,/g, ";")
    expect(problemsOf(importBudget({ fileName: "budget.csv", text: semicolons, planId: "p", options: {} }))).toEqual([
      "budget.csv:1:1: this looks semicolon-delimited: use --delimiter ';' — a comma-separated file, or --delimiter ';' to read this one"
    ])
    expect(commandsOf(importBudget({ fileName: "budget.csv", text: semicolons, planId: "p", options: { delimiter: ";" } }))).toMatchObject([
      { _tag: "SetBudgetLine", figures: { runningCosts: { pence: 3_190_000 } } }
    ])
    expect(
      problemsOf(importBudget({ fileName: "budget.csv", text: budgetText().replace(/,/g, "\t"), planId: "p", options: {} }))[0]
    ).toContain("this looks tab-delimited: use --delimiter tab")
  })

  it("refuses a row with fewer fields than the header instead of reading the missing money as zero", () => {
    expect(problemsOf(budget("Base,0,0,31.9"))).toEqual([
      "budget.csv:2:5 (contracts_projects): the row has 4 fields but the header has 10 — one field per column, even when empty — a missing field is never read as blank or zero"
    ])
  })
})

describe("numbers", () => {
  it("never drops a comma: a decimal comma and a doubled comma are refused with a hint", () => {
    expect(problemsOf(budget('Base,"19,5","1,5",0,,0,0,MD,"1,,2",'))).toEqual([
      'budget.csv:2:2 (fte): "19,5" has a decimal comma — a decimal point, such as 19.5 — commas only between groups of three digits, as in 1,520.3',
      'budget.csv:2:3 (employee_costs): "1,5" has a decimal comma — a decimal point, such as 1.5 — commas only between groups of three digits, as in 1,520.3',
      'budget.csv:2:9 (prior_controllable): "1,,2" has a comma out of place — commas only between groups of three digits, such as 1,520.3'
    ])
  })

  it("keeps indicator values exact and refuses what a double cannot hold", () => {
    expect(kpiValue("4.46")).toMatchObject({ value: 4.46 })
    expect(kpiValue('"1,234"')).toMatchObject({ value: 1234 })
    expect(kpiValue("12.5%")).toMatchObject({ value: 12.5 })
    expect(Object.is((kpiValue("-0") as { value: number }).value, 0)).toBe(true)
    expect(kpiValue("9007199254740991")).toMatchObject({ value: Number.MAX_SAFE_INTEGER })
    expect(problemsOf(kpi("9007199254740993"))).toEqual([
      'kpi.csv:2:7 (value): "9007199254740993" has more digits than a number can hold exactly — at most 15 significant digits, or a whole number up to 9,007,199,254,740,991'
    ])
    expect(problemsOf(kpi("0.1234567890123456"))[0]).toContain("has more digits than a number can hold exactly")
    for (const value of ["NaN", "1e309", "Infinity", "0x10"])
      expect(problemsOf(kpi(value))).toEqual([`kpi.csv:2:7 (value): "${value}" is not a number — a plain decimal such as 4.46`])
  })

  it("reads -0 as 0", () => {
    expect(commandsOf(budget("Base,-0,-0,0,,0,0,MD,,"))).toMatchObject([
      { figures: { fte: { hundredths: 0 }, employeeCosts: { pence: 0 } } }
    ])
    expect(
      Object.is(
        (commandsOf(budget("Base,-0,-0,0,,0,0,MD,,"))[0] as { figures: { employeeCosts: { pence: number } } }).figures.employeeCosts.pence,
        0
      )
    ).toBe(true)
  })

  it("refuses amounts whose total would leave the exact integer range, before anything is written", () => {
    const big = "90,071,992,547.40991"
    expect(problemsOf(budget(`A,0,${JSON.stringify(big)},0,,0,0,MD,,`))).toEqual([])
    expect(problemsOf(budget(`A,0,${JSON.stringify(big)},0,,0,0,MD,,`, "B,0,0.00001,0,,0,0,MD,,"))).toEqual([
      'budget.csv:3:3 (employee_costs): the file\'s amounts up to "0.00001" add up, without signs, to more than £90,071,992,547,409.91 — amounts whose total stays within what the ledger can add up exactly'
    ])
  })
})

describe("budget lines", () => {
  it("refuses two activities that would become one line, naming both lines", () => {
    expect(
      problemsOf(
        budget(
          "Early Years,0,0,0,,0,0,MD,,",
          "Sport & Leisure,0,0,0,,0,0,MD,,",
          "Early years,0,0,0,,0,0,MD,,",
          "Sport and Leisure,0,0,0,,0,0,MD,,"
        )
      )
    ).toEqual([
      'budget.csv:4:1 (activity): "Early years" would be the same line ("early-years") as "Early Years" on line 2 — activities that differ by more than case, spacing or & / and — or a distinct line_id for each',
      'budget.csv:5:1 (activity): "Sport and Leisure" would be the same line ("sport-and-leisure") as "Sport & Leisure" on line 3 — activities that differ by more than case, spacing or & / and — or a distinct line_id for each'
    ])
  })

  it("gives an activity without letters or digits one located line", () => {
    expect(problemsOf(budget("£££,0,0,0,,0,0,MD,,"))).toEqual([
      'budget.csv:2:1 (activity): activity "£££" has no letters or digits to make a line id from — an activity name such as Early Years, or a line_id'
    ])
  })
})

describe("short messages", () => {
  it("quotes a 400-digit value and a 10 MB field by their first 40 characters", () => {
    const digits = "1".repeat(400)
    expect(problemsOf(budget(`Base,0,${digits},0,,0,0,MD,,`))).toEqual([
      `budget.csv:2:3 (employee_costs): "${"1".repeat(40)}…" is too large to hold exactly — a decimal in £000 such as 1,520.3, at most 9,007,199,254,740,991 in its smallest unit`
    ])
    const field = "x".repeat(10 * 1024 * 1024)
    const [message] = problemsOf(budget(`Base,${field},0,0,,0,0,MD,,`))
    expect(message).toBe(
      `budget.csv:2:2 (fte): "${"x".repeat(40)}…" is not an FTE figure — a decimal with at most two places, such as 19.5`
    )
  })
})
