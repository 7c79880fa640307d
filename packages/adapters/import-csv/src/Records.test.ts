import { formatImportProblem, type ImportResult, type TableRecord, type TableSource } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { BUDGET_FORMAT, importBudget } from "./BudgetImporter.js"

const header = BUDGET_FORMAT.required

/** Rows of cells as a sheet holds them, starting at `firstRow` and in column `firstColumn`. */
const rowsOf = (firstRow: number, firstColumn: number, rows: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<TableRecord> =>
  rows.map((cells, index) => ({
    line: firstRow + index,
    fields: cells.map((value, position) => ({ value, line: firstRow + index, column: firstColumn + position }))
  }))
const csvOf = (rows: ReadonlyArray<ReadonlyArray<string>>): string => rows.map((cells) => cells.join(",")).join("\n")
const problemsOf = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))

describe("importing rows of cells read from another format", () => {
  const good = [header, ["Early Years", "19.5", "870.1", "0.0", "", "0.0", "0.0", "MD", "849.1", "18.8"]]

  it("gives the same commands as the same table written as CSV", () => {
    const table: TableSource = { sheet: "Budget", records: rowsOf(1, 1, good) }
    const fromRecords = importBudget({ fileName: "budget.xlsx", table, planId: "p", options: {} })
    const fromText = importBudget({ fileName: "budget.csv", text: csvOf(good), planId: "p", options: {} })
    expect(fromRecords.ok).toBe(true)
    expect(fromRecords).toEqual(fromText)
  })

  it("locates a problem by sheet, row and column letter, wherever the table starts on the sheet", () => {
    const bad = [header, ["Early Years", "19.5", "1,52O.3", "0.0", "", "0.0", "0.0", "MD", "849.1", "18.8"]]
    const table: TableSource = { sheet: "Budget", records: rowsOf(6, 2, bad) }
    expect(problemsOf(importBudget({ fileName: "budget.xlsx", table, planId: "p", options: {} }))).toEqual([
      'budget.xlsx [Budget]:7:D (employee_costs): "1,52O.3" is not a number — a decimal in £000 such as 1,520.3'
    ])
  })

  it("names another row of the sheet as a row, and a missing column after the table's last", () => {
    const twice = [header, ...[7, 8].map(() => ["Early Years", "19.5", "870.1", "0.0", "", "0.0", "0.0", "MD", "849.1", "18.8"])]
    const table: TableSource = { sheet: "Budget", records: rowsOf(1, 1, twice) }
    expect(problemsOf(importBudget({ fileName: "budget.xlsx", table, planId: "p", options: {} }))).toEqual([
      'budget.xlsx [Budget]:3:A (activity): activity "Early Years" appears twice (first on row 2) — each budget line once per file'
    ])
  })

  it("refuses a date cell where a number belongs, saying it is a date", () => {
    const records = rowsOf(1, 1, good).map((record, index) =>
      index === 1
        ? { ...record, fields: record.fields.map((field) => (field.column === 3 ? { ...field, value: "2009-04-01", date: true } : field)) }
        : record
    )
    expect(problemsOf(importBudget({ fileName: "budget.xlsx", table: { sheet: "Budget", records }, planId: "p", options: {} }))).toEqual([
      'budget.xlsx [Budget]:2:C (employee_costs): "2009-04-01" is a date — a decimal in £000 such as 1,520.3, in a cell formatted as a number rather than a date'
    ])
  })

  it("refuses a cell holding a control character where it stands", () => {
    const withControl = [header, ["Early\u0007Years", "19.5", "870.1", "0.0", "", "0.0", "0.0", "MD", "849.1", "18.8"]]
    expect(
      problemsOf(
        importBudget({ fileName: "budget.xlsx", table: { sheet: "Budget", records: rowsOf(1, 1, withControl) }, planId: "p", options: {} })
      )
    ).toEqual([
      'budget.xlsx [Budget]:2:A: "Early\\u0007Years" holds a control or replacement character — text without control characters: retype the cell'
    ])
  })

  it("refuses an empty sheet", () => {
    expect(
      problemsOf(importBudget({ fileName: "budget.xlsx", table: { sheet: "Budget", records: [] }, planId: "p", options: {} }))
    ).toEqual([
      "budget.xlsx [Budget]:1:A: the sheet is empty — a header row naming the columns: activity, fte, employee_costs, running_costs, contracts_projects, external_income, internal_income, cabinet_member, prior_controllable, prior_fte"
    ])
  })
})
