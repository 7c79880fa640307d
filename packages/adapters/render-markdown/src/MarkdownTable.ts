import { displayWidth, widestOf } from "./DisplayWidth.js"

/**
 * Text from the data made safe for one line of Markdown, and still readable as text: backslashes
 * and pipes are escaped (so a value can neither break a table nor escape the character after it),
 * a `<` that would open an HTML tag, comment or autolink and an `&` that would start a character
 * reference are escaped with a backslash (so no HTML — `<script>`, `<img onerror=…>` — passes
 * through raw, while "Health & Safety" and "a < b" print as they are), and every line break — CRLF,
 * LF or a lone CR — becomes a space (so a value can never start a new row, heading or list item).
 *
 * @example
 * import { markdownText } from "./MarkdownTable.js"
 * markdownText("Health & Safety <script>") // "Health & Safety \\<script>"
 *
 * @category formatting
 * @since 0.2.0
 */
export const markdownText = (value: string): string =>
  value
    .replace(/[\\|]/g, "\\$&")
    .replace(/<(?=[A-Za-z/!?])/g, "\\<")
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, "\\&")
    .replace(/\r\n|\r|\n/g, " ")

function* cellsOfColumn(rows: ReadonlyArray<ReadonlyArray<string>>, column: number): Iterable<string> {
  for (const row of rows) yield row[column] ?? ""
}

/**
 * A Markdown table: a header row, an alignment row and the body, each column padded to its widest
 * cell (by display width, {@link displayWidth}) so the raw text lines up. Every cell goes through {@link markdownText}, so a label can never
 * break the table or carry HTML.
 *
 * @category formatting
 * @since 0.1.0
 */
export const table = (
  headers: ReadonlyArray<string>,
  alignments: ReadonlyArray<"left" | "right">,
  rows: ReadonlyArray<ReadonlyArray<string>>
): string => {
  const cells = [headers, ...rows].map((row) => headers.map((_, column) => markdownText(row[column] ?? "")))
  const widths = headers.map((_, column) => widestOf(cellsOfColumn(cells, column), 3))
  const pad = (cell: string, column: number): string => {
    const gap = " ".repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell)))
    return alignments[column] === "right" ? gap + cell : cell + gap
  }
  const line = (row: ReadonlyArray<string>): string => `| ${row.map(pad).join(" | ")} |`
  const rule = `|${alignments.map((alignment, column) => (alignment === "right" ? `${"-".repeat((widths[column] ?? 3) + 1)}:` : "-".repeat((widths[column] ?? 3) + 2))).join("|")}|`
  const [header = [], ...body] = cells
  return [line(header), rule, ...body.map(line)].join("\n")
}

/**
 * Bold Markdown text, or nothing for an empty cell.
 *
 * @category formatting
 * @since 0.1.0
 */
export const bold = (value: string): string => (value === "" ? "" : `**${value}**`)
