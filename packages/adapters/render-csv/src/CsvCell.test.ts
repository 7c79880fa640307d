import { describe, expect, it } from "vitest"
import { csvCell, csvDocument } from "./CsvCell.js"

describe("CSV cells", () => {
  it("neutralises anything a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell("+SUM(A1:A2)")).toBe("'+SUM(A1:A2)")
    expect(csvCell("@cmd")).toBe("'@cmd")
    expect(csvCell("-A1")).toBe("'-A1")
    expect(csvCell("\t=1")).toBe("'\t=1")
    expect(csvCell("\r=1")).toBe(`"'\r=1"`)
  })

  it("neutralises formulas that start with a minus and a digit", () => {
    expect(csvCell("-1+1")).toBe("'-1+1")
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0")
    expect(csvCell("-0x1")).toBe("'-0x1")
    expect(csvCell("-1.5*2")).toBe("'-1.5*2")
    expect(csvCell("-1,5")).toBe(`"'-1,5"`)
    expect(csvCell("-.5")).toBe("'-.5")
  })

  it("neutralises a leading plus even before a number", () => {
    expect(csvCell("+1")).toBe("'+1")
    expect(csvCell("+1+1")).toBe("'+1+1")
  })

  it("keeps plain numbers, negative or not, as numbers", () => {
    expect(csvCell("-241.4")).toBe("-241.4")
    expect(csvCell("-321")).toBe("-321")
    expect(csvCell("50222.6")).toBe("50222.6")
    expect(csvCell("-1,351.5")).toBe('"-1,351.5"')
    expect(csvCell("0")).toBe("0")
  })

  it("keeps plain text as it is", () => {
    expect(csvCell("Early Years")).toBe("Early Years")
    expect(csvCell("1+1")).toBe("1+1")
  })

  it("quotes commas, quotes and line breaks", () => {
    expect(csvDocument(["a", "b"], [["1,5", 'say "hi"']])).toBe('a,b\r\n"1,5","say ""hi"""\r\n')
    expect(csvDocument(["note"], [["first line\nsecond"], ["a lone\rreturn"]])).toBe('note\r\n"first line\nsecond"\r\n"a lone\rreturn"\r\n')
  })

  it("neutralises every cell of a document, the header included", () => {
    expect(csvDocument(["=a"], [["-1+1"], ["-1"]])).toBe("'=a\r\n'-1+1\r\n-1\r\n")
  })
})
