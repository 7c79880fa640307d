import { describe, expect, it } from "vitest"
import type { ImportProblem } from "./Importer.js"
import { summarizeImportProblems } from "./ImportProblemSummary.js"

const notAnFte = (line: number, value = "one"): ImportProblem => ({
  file: "budget.csv",
  line,
  column: 2,
  columnName: "fte",
  problem: `"${value}" is not an FTE figure`,
  expected: "a decimal with at most two places, such as 19.5"
})

describe("the problems of a file, a few lines per kind", () => {
  it("prints the first few of a repeated mistake in full, then counts the rest and names their lines", () => {
    const problems = Array.from({ length: 50_000 }, (_, index) => notAnFte(index + 2, index % 2 === 0 ? "one" : "two"))
    expect(summarizeImportProblems(problems)).toEqual([
      'budget.csv:2:2 (fte): "one" is not an FTE figure — a decimal with at most two places, such as 19.5',
      'budget.csv:3:2 (fte): "two" is not an FTE figure — a decimal with at most two places, such as 19.5',
      'budget.csv:4:2 (fte): "one" is not an FTE figure — a decimal with at most two places, such as 19.5',
      "budget.csv (fte): 49,997 more like the above, on lines 5–50,001"
    ])
  })

  it("keeps kinds apart, in the order they were first found, and names broken runs of lines", () => {
    const other: ImportProblem = {
      file: "budget.csv",
      line: 3,
      column: 4,
      columnName: "employee_costs",
      problem: "employee_costs is blank",
      expected: "an amount"
    }
    const lines = [2, 3, 4, 5, 6, 9, 10, 12, 20, 21, 22, 30, 40, 50, 60, 70, 80]
    const summary = summarizeImportProblems([notAnFte(2), other, ...lines.slice(1).map((line) => notAnFte(line))])
    expect(summary.slice(3)).toEqual([
      "budget.csv (fte): 14 more like the above, on lines 5–6, 9–10, 12, 20–22, 30, 40, 50, 60 and 2 more",
      "budget.csv:3:4 (employee_costs): employee_costs is blank — an amount"
    ])
  })

  it("prints a file's few problems as they are", () => {
    expect(summarizeImportProblems([notAnFte(2), notAnFte(3)])).toHaveLength(2)
    expect(summarizeImportProblems([])).toEqual([])
  })

  it("names a workbook's rows on its sheet", () => {
    const onSheet = (line: number): ImportProblem => ({ ...notAnFte(line), file: "budget.xlsx", sheet: "Budget", columnLabel: "B" })
    expect(summarizeImportProblems([2, 3, 4, 5].map(onSheet)).at(-1)).toBe("budget.xlsx [Budget] (fte): 1 more like the above, on row 5")
  })
})
