import { Fte, Money } from "@plan-ledger/core"
import { columnLetters, neutraliseFormula } from "@plan-ledger/core/adapters"
import { match } from "ts-pattern"

/**
 * How a figure is shown: £000 with one decimal (the budget tables), whole £000 (the variation
 * statement), FTE with one decimal, a share as a whole percentage, or as the number it is (indicator values,
 * head counts). Negatives are
 * shown with a minus sign, as the council's tables print them.
 *
 * @category models
 * @since 0.1.0
 */
export type FigureFormat = "thousands" | "whole-thousands" | "fte" | "percent" | "general"

/**
 * One cell of a sheet: text (neutralised if a spreadsheet would run it as a formula), a figure,
 * a formula with the result the projection computed (cached, so a reader that does not
 * recalculate shows the same figure), or nothing.
 *
 * @category models
 * @since 0.1.0
 */
export type SheetCell =
  | { readonly _tag: "Text"; readonly text: string }
  | { readonly _tag: "Figure"; readonly value: number; readonly format: FigureFormat }
  | { readonly _tag: "Formula"; readonly formula: string; readonly result: number; readonly format: FigureFormat }
  | { readonly _tag: "Blank" }

/**
 * A row of a sheet; a total or a section heading is shown in bold.
 *
 * @category models
 * @since 0.1.0
 */
export interface SheetRow {
  readonly cells: ReadonlyArray<SheetCell>
  readonly bold?: boolean
}

/**
 * One sheet: its name, the header row (row 1, frozen), the rows from row 2, and notes written
 * below the table after one empty row.
 *
 * @category models
 * @since 0.1.0
 */
export interface SheetTable {
  readonly name: string
  readonly headers: ReadonlyArray<string>
  readonly rows: ReadonlyArray<SheetRow>
  readonly notes: ReadonlyArray<string>
}

/**
 * The spreadsheet number format of each figure format.
 *
 * @category constants
 * @since 0.1.0
 */
export const NUMBER_FORMATS: Readonly<Record<FigureFormat, string>> = {
  thousands: "#,##0.0",
  "whole-thousands": "#,##0",
  fte: "#,##0.0",
  percent: "0%",
  general: "General"
}

/**
 * The sheet row of the table's row at `index` (the header is row 1).
 *
 * @category formatting
 * @since 0.1.0
 */
export const rowNumber = (index: number): number => index + 2

/**
 * A cell's address, from the column's number (from 1) and the sheet row.
 *
 * @category formatting
 * @since 0.1.0
 */
export const address = (column: number, row: number): string => `${columnLetters(column)}${row}`

/**
 * A text cell; empty text is a blank cell.
 *
 * @category constructors
 * @since 0.1.0
 */
export const text = (value: string): SheetCell => (value === "" ? blank : { _tag: "Text", text: value })

/**
 * An empty cell.
 *
 * @category constructors
 * @since 0.1.0
 */
export const blank: SheetCell = { _tag: "Blank" }

/**
 * An amount in £000 (exact: the cell holds every penny; the format shows one decimal).
 *
 * @category constructors
 * @since 0.1.0
 */
export const thousands = (amount: Money.Pence | undefined, format: FigureFormat = "thousands"): SheetCell =>
  amount === undefined ? blank : { _tag: "Figure", value: inThousands(amount), format }

/**
 * An FTE figure (exact to the hundredth; the format shows one decimal).
 *
 * @category constructors
 * @since 0.1.0
 */
export const fte = (value: Fte.Fte | undefined): SheetCell =>
  value === undefined ? blank : { _tag: "Figure", value: Fte.toNumber(value), format: "fte" }

/**
 * A formula and the result the projection computed for it.
 *
 * @category constructors
 * @since 0.1.0
 */
export const formula = (expression: string, result: number, format: FigureFormat): SheetCell => ({
  _tag: "Formula",
  formula: expression,
  result,
  format
})

/**
 * An amount of pence as the number of £000 a cell holds.
 *
 * @category formatting
 * @since 0.1.0
 */
export const inThousands = (amount: Money.Pence): number => amount / Money.PENCE_PER_THOUSAND

const figureText = (value: number, format: FigureFormat): string =>
  match(format)
    .with("thousands", "fte", () => value.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
    .with("whole-thousands", () => value.toLocaleString("en-GB", { maximumFractionDigits: 0 }))
    .with("percent", () => `${Math.round(value * 100)}%`)
    .with("general", () => String(value))
    .exhaustive()

/**
 * The text a cell shows, as wide as the spreadsheet draws it: used to fit the column widths.
 *
 * @category formatting
 * @since 0.1.0
 */
export const shownText = (cell: SheetCell): string =>
  match(cell)
    .with({ _tag: "Text" }, ({ text }) => neutraliseFormula(text))
    .with({ _tag: "Figure" }, ({ value, format }) => figureText(value, format))
    .with({ _tag: "Formula" }, ({ result, format }) => figureText(result, format))
    .with({ _tag: "Blank" }, () => "")
    .exhaustive()
