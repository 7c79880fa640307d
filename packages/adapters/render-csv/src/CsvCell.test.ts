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

  it("keeps negative numbers and plain text as they are", () => {
    expect(csvCell("-241.4")).toBe("-241.4")
    expect(csvCell("-.5")).toBe("-.5")
    expect(csvCell("Early Years")).toBe("Early Years")
  })

  it("quotes commas, quotes and line breaks", () => {
    expect(csvDocument(["a", "b"], [["1,5", 'say "hi"']])).toBe('a,b\r\n"1,5","say ""hi"""\r\n')
  })
})
