import type { PlanCommand } from "@plan-ledger/core"
import { type RowReader, shown } from "./Table.js"

type LineLabel = Pick<Extract<PlanCommand, { readonly _tag: "SetBudgetLine" }>, "activity" | "rowType" | "continues">

/**
 * Reads a budget table's rows printed without an activity label, in file order. A row's id,
 * unless its `line_id` gives one, comes from the labelled line above it and its number beneath
 * that line (`early-years-continuation-1`, `early-years-unlabelled-1`; `unlabelled-1` above every
 * labelled line), so the same table imports to the same ids every time.
 *
 * @category parsing
 * @since 0.3.0
 */
export const unlabelledRows = () => {
  let labelledAbove: string | undefined
  const numbered = new Map<string, number>()
  return {
    /** Notes the labelled line the rows below it belong to. */
    labelled: (lineId: string): void => {
      labelledAbove = lineId
    },
    /** The label fields and id of a row without a label, or `undefined` after reporting why not. */
    read: (row: RowReader, rowType: "continuation" | "unlabelled"): { readonly label: LineLabel; readonly lineId: string } | undefined => {
      const printed = row.text("activity")
      if (printed !== undefined) {
        row.report(
          "activity",
          `a row of row_type ${rowType} is printed without a label, but this one reads ${shown(printed)}`,
          "a blank activity, or row_type line"
        )
        return undefined
      }
      if (rowType === "continuation" && labelledAbove === undefined) {
        row.report(
          "row_type",
          "a continuation row has no labelled line above it to continue",
          "put it under the line it continues, or use row_type unlabelled"
        )
        return undefined
      }
      const key = `${labelledAbove ?? ""}:${rowType}`
      const number = (numbered.get(key) ?? 0) + 1
      numbered.set(key, number)
      const derived = labelledAbove === undefined ? `${rowType}-${number}` : `${labelledAbove}-${rowType}-${number}`
      return {
        label: rowType === "continuation" ? { rowType, continues: labelledAbove } : { rowType },
        lineId: row.text("line_id") ?? derived
      }
    }
  }
}
