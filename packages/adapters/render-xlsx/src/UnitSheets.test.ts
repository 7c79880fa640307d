import ExcelJS from "exceljs"
import { BudgetStatement, Fte, LedgerState, Money, Period, type PlanEvent, StaffingTotals } from "@plan-ledger/core"
import { foldable, viewOf } from "@plan-ledger/core/testkit"
import { describe, expect, it } from "vitest"
import { renderXlsxView } from "./XlsxRenderer.js"

// A directorate plan with a budget and an establishment per portfolio, built here; the expected
// results are the projection's, and the formulas must point at the units' totals rows.
const planId = "directorate-2009-10"
const drafted: PlanEvent = {
  _tag: "PlanDrafted",
  planId,
  kind: "directorate-business-plan",
  title: "Directorate business plan 2009/10",
  ownerId: "kcc-cfe",
  period: Period.financialYear("2009/10")
}
const line = (unit: string, activity: string, employee: string): PlanEvent => ({
  _tag: "BudgetLineAdded",
  planId,
  lineId: `${unit}.${activity}`,
  activity,
  unit,
  fundingSource: "unspecified",
  figures: {
    fte: Fte.fromDecimal("1.0"),
    employeeCosts: Money.fromThousands(employee),
    runningCosts: Money.zero,
    contractsAndProjects: Money.zero,
    externalIncome: Money.zero,
    internalIncome: Money.zero
  },
  stated: {}
})
const division = (unit: string, name: string, prior: string, fte: string): PlanEvent => ({
  _tag: "StaffingRowRecorded",
  planId,
  unit,
  rowType: "division",
  name,
  priorFte: Fte.fromDecimal(prior),
  fte: Fte.fromDecimal(fte)
})
const events: ReadonlyArray<PlanEvent> = [
  drafted,
  line("Resources", "Finance", "300.0"),
  line("Resources", "Personnel", "120.5"),
  {
    _tag: "MemorandumItemRecorded",
    planId,
    unit: "Resources",
    itemId: "central-overheads",
    name: "Central Overheads",
    category: "central-overheads",
    amount: Money.fromThousands("25.0")
  },
  line("Operations", "Attendance and Behaviour", "410.2"),
  division("Resources", "Finance", "20.5", "22.0"),
  division("Operations", "Attendance and Behaviour", "40.0", "45.0")
]

const worksheetOf = async (bytes: Buffer): Promise<ExcelJS.Worksheet> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const [worksheet] = workbook.worksheets
  if (worksheet === undefined) throw new Error("the workbook has no sheet")
  return worksheet
}
const rowsLabelled = (worksheet: ExcelJS.Worksheet, column: string, label: string): ReadonlyArray<number> => {
  const rows: Array<number> = []
  for (let number = 1; number <= worksheet.rowCount; number++)
    if (worksheet.getCell(`${column}${number}`).value === label) rows.push(number)
  return rows
}
const formulaOf = (cell: ExcelJS.Cell): { readonly formula: string; readonly result: unknown } => {
  const value = cell.value
  if (value === null || typeof value !== "object" || !("formula" in value)) throw new Error(`${cell.address} holds no formula`)
  return { formula: value.formula, result: value.result }
}

describe("a plan set out by unit as a workbook", () => {
  it("adds up the plan total across units with formulas over each unit's totals rows", async () => {
    const budget = viewOf(BudgetStatement.project(await LedgerState.replay(foldable(events)), planId))
    const worksheet = await worksheetOf(await renderXlsxView({ view: "budget", budget }))
    const [resourcesTotals, operationsTotals, planTotals] = rowsLabelled(worksheet, "C", "Controllable Totals")
    const [resourcesCost, operationsCost, planCost] = rowsLabelled(worksheet, "C", "Total Cost of Unit")
    expect(formulaOf(worksheet.getCell(`K${planTotals}`))).toEqual({
      formula: `K${resourcesTotals}+K${operationsTotals}`,
      result: budget.totals.controllableExpenditure / Money.PENCE_PER_THOUSAND
    })
    expect(formulaOf(worksheet.getCell(`K${planCost}`))).toEqual({
      formula: `K${resourcesCost}+K${operationsCost}`,
      result: budget.totalCostOfUnit.amount / Money.PENCE_PER_THOUSAND
    })
    const resources = budget.units[0]
    expect(formulaOf(worksheet.getCell(`K${resourcesCost}`)).result).toBe(
      resources && resources.totalCostOfUnit.amount / Money.PENCE_PER_THOUSAND
    )
  })

  it("subtotals each portfolio's divisions and adds up the subtotals in the TOTAL", async () => {
    const staffing = viewOf(StaffingTotals.project(await LedgerState.replay(foldable(events)), planId))
    const worksheet = await worksheetOf(await renderXlsxView({ view: "staffing", staffing }))
    const [resources] = rowsLabelled(worksheet, "A", "Subtotal: Resources")
    const [operations] = rowsLabelled(worksheet, "A", "Subtotal: Operations")
    const [total] = rowsLabelled(worksheet, "A", "TOTAL")
    expect(formulaOf(worksheet.getCell(`D${resources}`)).formula).toBe(`SUM(D${(resources ?? 0) - 1}:D${(resources ?? 0) - 1})`)
    expect(formulaOf(worksheet.getCell(`D${total}`))).toEqual({
      formula: `D${resources}+D${operations}`,
      result: Fte.toNumber(staffing.totals.fte)
    })
  })
})
