import type { SheetCell, SheetTable } from "./SheetTable.js"

// A figure a double holds exactly as written (the shortest form of the number is the text itself)
// is a number cell, shown as General; any other text stays text, so every digit is kept.
const cellOf = (value: string): SheetCell => {
  if (value === "") return { _tag: "Blank" }
  const number = Number(value)
  return /^-?\d+(\.\d+)?$/.test(value) && String(number) === value
    ? { _tag: "Figure", value: number, format: "general" }
    : { _tag: "Text", text: value }
}

/**
 * A table in an importer's columns — the rows `show … --format csv` writes — as a sheet of its own
 * beside a view's, so the workbook imports back: figures as numbers, text as text, blanks blank.
 *
 * @category renderers
 * @since 0.4.0
 */
export const importSheet = (name: string, header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): SheetTable => ({
  name,
  headers: header,
  rows: rows.map((row) => ({ cells: row.map(cellOf) })),
  notes: []
})
