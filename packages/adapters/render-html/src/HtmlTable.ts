import { escapeHtml } from "./HtmlText.js"

/**
 * One column of a table: its heading and whether it holds figures (right-aligned, tabular digits).
 *
 * @category models
 * @since 0.1.0
 */
export interface Column {
  readonly heading: string
  readonly figures?: boolean
}

/**
 * One row of a table. The cell in the table's row-heading column heads the row (`<th scope="row">`). `total` rows are set in
 * bold with a rule above, `section` rows head a group of lines, `subtotal` rows close one. A
 * `note` is markup (already escaped) put after the row's heading, such as a link to a finding.
 *
 * @category models
 * @since 0.1.0
 */
export interface Row {
  readonly cells: ReadonlyArray<string>
  readonly kind?: "line" | "total" | "section" | "subtotal"
  readonly note?: string
}

/**
 * An accessible table: a `<caption>`, column headings with `scope="col"`, each row headed with
 * `scope="row"` by its cell in the `rowHeading` column (the first unless said, as the activity
 * heads a budget line after the prior-year columns). Every cell is text, escaped here; only a
 * row's `note` is markup.
 *
 * @category formatting
 * @since 0.1.0
 */
export const htmlTable = (caption: string, columns: ReadonlyArray<Column>, rows: ReadonlyArray<Row>, rowHeading = 0): string => {
  const figureClass = (index: number): string => (columns[index]?.figures === true ? ' class="figure"' : "")
  const head = columns.map((column, index) => `<th scope="col"${figureClass(index)}>${escapeHtml(column.heading)}</th>`).join("")
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((cell, index) =>
          index === rowHeading
            ? `<th scope="row">${escapeHtml(cell)}${row.note ?? ""}</th>`
            : `<td${figureClass(index)}>${escapeHtml(cell)}</td>`
        )
        .join("")
      return `<tr class="${row.kind ?? "line"}">${cells}</tr>`
    })
    .join("\n")
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`
}
