import { VariationStatement } from "@plan-ledger/core"
import { address, formula, inThousands, rowNumber, type SheetCell, type SheetRow, type SheetTable, text, thousands } from "./SheetTable.js"

const AMOUNT = 4

const bridgeRow = (section: string, description: string, justification: string, amount: SheetCell, bold = false): SheetRow => ({
  cells: [text(section), text(description), text(justification), amount],
  bold
})

/**
 * The variation statement as a sheet: the opening budget, each base adjustment, pressure and
 * saving, a subtotal per section (a formula over its items) and the closing budget (a formula:
 * the opening plus the subtotals), in whole £000 as the plan prints it; then the budget
 * statement's controllable total and the difference to the closing budget, to one decimal.
 *
 * @category sheets
 * @since 0.1.0
 */
export const variationSheet = (view: VariationStatement.VariationStatement): SheetTable => {
  const rows: Array<SheetRow> = [bridgeRow("Opening", view.opening.label, "", thousands(view.opening.amount, "whole-thousands"))]
  const subtotalRows: Array<number> = []
  for (const section of view.sections) {
    if (section.items.length === 0) continue
    const first = rowNumber(rows.length)
    for (const item of section.items)
      rows.push(
        bridgeRow(
          VariationStatement.sectionTitle(section.section),
          item.description,
          item.justification ?? "",
          thousands(item.amount, "whole-thousands")
        )
      )
    const last = rowNumber(rows.length - 1)
    subtotalRows.push(rowNumber(rows.length))
    rows.push(
      bridgeRow(
        `Subtotal: ${VariationStatement.sectionTitle(section.section).toLowerCase()}`,
        "",
        "",
        formula(`SUM(${address(AMOUNT, first)}:${address(AMOUNT, last)})`, inThousands(section.subtotal), "whole-thousands"),
        true
      )
    )
  }
  const closingRow = rowNumber(rows.length)
  rows.push(
    bridgeRow(
      "Closing",
      view.closing.label,
      "",
      formula(
        [address(AMOUNT, rowNumber(0)), ...subtotalRows.map((row) => address(AMOUNT, row))].join("+"),
        inThousands(view.closing.amount),
        "whole-thousands"
      ),
      true
    )
  )
  if (view.statedClosing !== undefined)
    rows.push(bridgeRow("Printed closing", view.statedClosing.label, "", thousands(view.statedClosing.amount, "whole-thousands")))
  if (view.budgetControllableTotal !== undefined && view.difference !== undefined) {
    const budgetRow = rowNumber(rows.length)
    rows.push(bridgeRow("Budget statement", "Controllable Totals", "", thousands(view.budgetControllableTotal)))
    rows.push(
      bridgeRow(
        "Difference",
        "Budget statement minus closing budget",
        "",
        formula(`${address(AMOUNT, budgetRow)}-${address(AMOUNT, closingRow)}`, inThousands(view.difference), "thousands")
      )
    )
  }
  return {
    name: "Variations",
    headers: ["Section", "Item", "Justification", "£000"],
    rows: view.recorded ? rows : [],
    notes: [
      view.recorded
        ? `Variation statement of plan ${view.planId}, in £000: each cell holds the exact amount; subtotals, the closing budget and the difference are formulas.`
        : `No variation statement is recorded for plan ${view.planId}.`
    ]
  }
}
