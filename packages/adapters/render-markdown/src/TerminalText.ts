import { styleText } from "node:util"
import { cutToWidth, displayWidth, widestOf } from "./DisplayWidth.js"

type Alignment = "left" | "right"

interface ParsedTable {
  readonly headers: ReadonlyArray<string>
  readonly alignments: ReadonlyArray<Alignment>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * How `terminalText` lays a document out: the terminal's width in columns, and whether to colour
 * (bold totals, errors in red, warnings in yellow).
 *
 * @category models
 * @since 0.3.0
 */
export interface TerminalLayout {
  readonly width: number
  readonly color: boolean
}

// Every table row the Markdown renderer writes: `| a | b |`, cells padded, pipes in cells escaped.
const isTableLine = (line: string): boolean => line.startsWith("|") && line.endsWith("|")

const cellsOf = (line: string): ReadonlyArray<string> =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())

const parseTable = (lines: ReadonlyArray<string>): ParsedTable => {
  const [header = "", rule = "", ...body] = lines
  return {
    headers: cellsOf(header),
    alignments: cellsOf(rule).map((cell): Alignment => (cell.endsWith(":") ? "right" : "left")),
    rows: body.map(cellsOf)
  }
}

const plain = (cell: string): string => cell.replace(/^\*\*(.*)\*\*$/, "$1").replace(/^\*(.*)\*$/, "$1")

// A cell as a terminal shows it: emphasis markers gone, Markdown's escapes undone, and any control
// character (an escape sequence from the data could clear or retitle the terminal) shown as \uFFFD.
const shownText = (cell: string): string =>
  plain(cell)
    .replace(/\\([\\|<&])/g, "$1")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD")

// Errors red, warnings yellow, totals (bold in the Markdown) bold. Whether to colour at all is the
// layout's: the caller has read the terminal and NO_COLOR / FORCE_COLOR, so the stream is not asked again.
const styled = (cell: string, shown: string, color: boolean): string => {
  const word = plain(cell).trim()
  const style = word === "error" ? "red" : word === "warning" ? "yellow" : cell.startsWith("**") ? "bold" : undefined
  return !color || style === undefined ? shown : styleText(style, shown, { validateStream: false })
}

const tableWidth = (widths: ReadonlyArray<number>): number => widths.reduce((sum, width) => sum + width + 3, 1)

// Whether the renderer set a column in bold on most rows (a scorecard's status, a finding's
// severity): such a column is what the reader looks for, so it gives way last.
const emphasised = (table: ParsedTable, column: number): boolean =>
  table.rows.filter((row) => (row[column] ?? "").startsWith("**")).length * 2 > table.rows.length

// The order in which columns give way: text columns after the label from the right, then figure
// columns from the left (the prior year's first), then emphasised columns. The label — the first
// text column — and the last figure column (the total a table exists to show) are kept.
const droppingOrder = (table: ParsedTable, label: number): ReadonlyArray<number> => {
  const result = table.alignments.lastIndexOf("right")
  const others = table.alignments.map((_, column) => column).filter((column) => column !== label && column !== result)
  const plainColumns = others.filter((column) => !emphasised(table, column))
  return [
    ...plainColumns.filter((column) => table.alignments[column] === "left").reverse(),
    ...plainColumns.filter((column) => table.alignments[column] === "right"),
    ...others.filter((column) => emphasised(table, column))
  ]
}

// Words of a cell in lines no wider than the width; a longer word is cut.
const wrap = (text: string, width: number): ReadonlyArray<string> => {
  const lines: Array<string> = []
  let current = ""
  for (const word of text.split(" ")) {
    const candidate = current === "" ? word : `${current} ${word}`
    if (displayWidth(candidate) <= width) current = candidate
    else {
      if (current !== "") lines.push(current)
      const pieces = cutToWidth(word, width)
      for (const piece of pieces.slice(0, -1)) lines.push(piece)
      current = pieces.at(-1) ?? ""
    }
  }
  return [...lines, current]
}

// Text columns wrap before any column is dropped, down to these widths.
const NARROWEST_LABEL = 24
const NARROWEST_TEXT = 16
// The least a text column is given, however narrow the terminal.
const NARROWEST_SQUEEZED = 8

// Widths for the shown columns: text columns start at their narrowest and share the room left
// in turn, up to their natural width.
const allot = (
  columns: ReadonlyArray<number>,
  natural: (column: number) => number,
  narrowest: (column: number) => number,
  available: number
): ReadonlyMap<number, number> => {
  const widths = new Map(columns.map((column) => [column, narrowest(column)]))
  let room = available - tableWidth([...widths.values()])
  for (const column of columns) {
    const growth = Math.max(0, Math.min(room, natural(column) - (widths.get(column) ?? 0)))
    widths.set(column, (widths.get(column) ?? 0) + growth)
    room -= growth
  }
  return widths
}

const fitTable = (table: ParsedTable, layout: TerminalLayout): ReadonlyArray<string> => {
  const rows = [table.headers, ...table.rows].map((row) => row.map(shownText))
  const [header = [], ...body] = rows
  // Each column's widths are measured once: the layout below asks for them again and again.
  const naturalWidths = table.headers.map((_, column) =>
    widestOf(
      rows.map((row) => row[column] ?? ""),
      3
    )
  )
  const natural = (column: number): number => naturalWidths[column] ?? 3
  const label = Math.max(0, table.alignments.indexOf("left"))
  // Every column wraps at its spaces: a figure (one word) never wraps; text goes down to a share
  // of the width, the label to a larger one.
  const longestWords = table.headers.map((_, column) =>
    widestOf(
      rows.flatMap((row) => (row[column] ?? "").split(" ")),
      3
    )
  )
  const longestWord = (column: number): number => longestWords[column] ?? 3
  const narrowest = (column: number): number =>
    table.alignments[column] === "left"
      ? Math.min(natural(column), column === label ? NARROWEST_LABEL : NARROWEST_TEXT)
      : longestWord(column)
  const shown = new Set(table.headers.map((_, column) => column))
  const dropped: Array<string> = []
  for (const column of droppingOrder(table, label)) {
    if (tableWidth([...shown].map(narrowest)) <= layout.width) break
    shown.delete(column)
    dropped.push(table.headers[column] === "" ? `column ${column + 1}` : shownText(table.headers[column] ?? ""))
  }
  const columns = [...shown]
  const widths = new Map(allot(columns, natural, narrowest, layout.width))
  // Still too wide with only the label and the total: the widest text column wraps harder.
  const excess = tableWidth([...widths.values()]) - layout.width
  const widestText = columns
    .filter((column) => table.alignments[column] === "left")
    .sort((left, right) => natural(right) - natural(left))[0]
  if (excess > 0 && widestText !== undefined) widths.set(widestText, Math.max(NARROWEST_SQUEEZED, (widths.get(widestText) ?? 0) - excess))
  const line = (cells: ReadonlyArray<string>, source: ReadonlyArray<string>): ReadonlyArray<string> => {
    const parts = columns.map((column) => wrap(cells[column] ?? "", widths.get(column) ?? 3))
    const height = parts.reduce((tallest, part) => Math.max(tallest, part.length), 0)
    return Array.from({ length: height }, (_, index) => {
      const padded = columns.map((column, position) => {
        const text = parts[position]?.[index] ?? ""
        const gap = " ".repeat(Math.max(0, (widths.get(column) ?? 3) - displayWidth(text)))
        return styled(source[column] ?? "", table.alignments[column] === "right" ? gap + text : text + gap, layout.color)
      })
      return `| ${padded.join(" | ")} |`
    })
  }
  const rule = `|${columns.map((column) => "-".repeat((widths.get(column) ?? 3) + 2)).join("|")}|`
  const source = [table.headers, ...table.rows]
  return [
    ...line(header, table.headers),
    rule,
    ...body.flatMap((cells, index) => line(cells, source[index + 1] ?? [])),
    ...(dropped.length === 0
      ? []
      : ["", `Not shown, to fit ${layout.width} columns: ${dropped.join("; ")}. Widen the terminal, or pipe the output, for every column.`])
  ]
}

/**
 * A Markdown document from this package laid out for a terminal of the given width: each table's
 * columns lined up by their display width; a table wider than the terminal drops its least
 * important columns — text columns after the label from the right, then figure columns from the
 * left — until it fits, and says which, keeping its label and its last figure column, and wraps
 * the widest text column if it is still too wide; with colour, totals are bold, errors red and
 * warnings yellow. Lines that are not tables are unchanged.
 *
 * @example
 * import { terminalText } from "@plan-ledger/render-markdown"
 * const markdown = "| Activity | £000 |\n|----------|-----:|\n| **Total** | **50,222.6** |"
 * process.stdout.write(terminalText(markdown, { width: process.stdout.columns, color: process.stdout.hasColors() }))
 *
 * @category renderers
 * @since 0.3.0
 */
export const terminalText = (markdown: string, layout: TerminalLayout): string => {
  const output: Array<string> = []
  const lines = markdown.split("\n")
  for (let index = 0; index < lines.length;) {
    if (!isTableLine(lines[index] ?? "")) {
      output.push(lines[index] ?? "")
      index++
      continue
    }
    const start = index
    while (index < lines.length && isTableLine(lines[index] ?? "")) index++
    for (const line of fitTable(parseTable(lines.slice(start, index)), layout)) output.push(line)
  }
  return output.join("\n")
}
