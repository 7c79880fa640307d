/**
 * A Markdown table: a header row, an alignment row and the body. Pipes and line breaks inside
 * cells are escaped so a label can never break the table.
 *
 * @category formatting
 * @since 0.1.0
 */
export const table = (
  headers: ReadonlyArray<string>,
  alignments: ReadonlyArray<"left" | "right">,
  rows: ReadonlyArray<ReadonlyArray<string>>
): string => {
  const cell = (value: string): string => value.replace(/\|/g, "\\|").replace(/\r?\n/g, " ")
  const line = (cells: ReadonlyArray<string>): string => `| ${cells.map(cell).join(" | ")} |`
  return [line(headers), `|${alignments.map((alignment) => (alignment === "right" ? "---:" : "---")).join("|")}|`, ...rows.map(line)].join(
    "\n"
  )
}

/**
 * Bold Markdown text, or nothing for an empty cell.
 *
 * @category formatting
 * @since 0.1.0
 */
export const bold = (value: string): string => (value === "" ? "" : `**${value}**`)
