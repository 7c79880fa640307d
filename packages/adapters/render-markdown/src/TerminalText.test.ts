import { describe, expect, it } from "vitest"
import { table } from "./MarkdownTable.js"
import { terminalText } from "./TerminalText.js"

// A table the test builds: a label, two prior-year figures, a note and the total.
const budget = table(
  ["Prior £000", "Activity", "Note", "£000"],
  ["right", "left", "left", "right"],
  [
    ["849.1", "Behaviour Service", "moved from the county", "870.1"],
    ["**16,789.8**", "**Controllable Totals**", "", "**50,222.6**"]
  ]
)

const widest = (text: string): number => Math.max(...text.split("\n").map((line) => line.length))

describe("Markdown laid out for a terminal", () => {
  it("keeps every column of a table that fits, lined up, bold markers gone", () => {
    expect(terminalText(budget, { width: 80, color: false }).split("\n")).toEqual([
      "| Prior £000 | Activity            | Note                  |     £000 |",
      "|------------|---------------------|-----------------------|----------|",
      "|      849.1 | Behaviour Service   | moved from the county |    870.1 |",
      "|   16,789.8 | Controllable Totals |                       | 50,222.6 |"
    ])
  })

  it("drops text columns after the label first, then figure columns from the left, and says which", () => {
    const narrow = terminalText(budget, { width: 40, color: false })
    expect(narrow.split("\n")).toEqual([
      "| Activity            |     £000 |",
      "|---------------------|----------|",
      "| Behaviour Service   |    870.1 |",
      "| Controllable Totals | 50,222.6 |",
      "",
      "Not shown, to fit 40 columns: Note; Prior £000. Widen the terminal, or pipe the output, for every column."
    ])
    expect(widest(narrow.split("\n").slice(0, 4).join("\n"))).toBeLessThanOrEqual(40)
  })

  it("wraps the label when the label and the total alone are too wide", () => {
    const lines = terminalText(budget, { width: 26, color: false }).split("\n")
    expect(lines).toEqual([
      "| Activity    |     £000 |",
      "|-------------|----------|",
      "| Behaviour   |    870.1 |",
      "| Service     |          |",
      "| Controllabl | 50,222.6 |",
      "| e Totals    |          |",
      "",
      "Not shown, to fit 26 columns: Note; Prior £000. Widen the terminal, or pipe the output, for every column."
    ])
  })

  it("keeps a column the renderer set in bold on most rows, such as a status, longer than other text", () => {
    const scorecard = table(
      ["Code", "Indicator", "Direction", "Status"],
      ["left", "left", "left", "left"],
      [
        ["NI 69", "Children who have experienced bullying", "unknown", "**no-target**"],
        ["NI 87", "Secondary school persistent absence rate", "improving", "**met**"]
      ]
    )
    const lines = terminalText(scorecard, { width: 50, color: false }).split("\n")
    expect(lines[0]).toBe("| Code  | Indicator                  | Status    |")
    expect(lines.at(-1)).toBe("Not shown, to fit 50 columns: Direction. Widen the terminal, or pipe the output, for every column.")
  })

  it("shows the data's text as it is, control characters as a replacement mark", () => {
    const hostile = table(["Activity", "£000"], ["left", "right"], [["Sport & Leisure | \u001b[2J", "1.0"]])
    expect(terminalText(hostile, { width: 80, color: false }).split("\n")[2]).toBe("| Sport & Leisure | \uFFFD[2J |  1.0 |")
  })

  it("colours errors red, warnings yellow and totals bold, only when asked", () => {
    const findings = table(
      ["Severity", "Subject"],
      ["left", "left"],
      [
        ["**error**", "budget"],
        ["**warning**", "staffing"]
      ]
    )
    const coloured = terminalText(findings, { width: 80, color: true })
    expect(coloured).toContain("| \u001b[31merror   \u001b[39m | budget   |")
    expect(coloured).toContain("| \u001b[33mwarning \u001b[39m | staffing |")
    expect(terminalText(findings, { width: 80, color: false })).not.toContain("\u001b[")
    expect(terminalText(budget, { width: 80, color: true })).toContain("| \u001b[1m  16,789.8\u001b[22m |")
  })

  it("leaves lines that are not tables as they are", () => {
    expect(terminalText("## Budget\n\nFigures in £000.\n", { width: 10, color: false })).toBe("## Budget\n\nFigures in £000.\n")
  })
})
