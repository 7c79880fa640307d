import { escapeHtml } from "./HtmlText.js"

// One stylesheet, inline: the file makes no request and reads the same opened from disk. Screen:
// a readable column that narrows to a phone, tables that scroll sideways inside their own box.
// Print: A4, each section from a new page, no scrolling boxes, links not underlined.
const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #767676; --band: #f2f2f2; --accent: #1f4e79;
  --warning-ink: #6b3b00; --warning-bg: #fff4e0; --error-ink: #8b1a1f; --error-bg: #fdecec; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; color: var(--accent); }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
a { color: var(--accent); }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 0.5rem; }
nav ol { padding-left: 1.25rem; columns: 2 14rem; }
.lede { color: var(--muted); margin: 0 0 1rem; }
.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
.table-scroll:focus { outline: 2px solid var(--accent); }
table { border-collapse: collapse; font-size: 0.85rem; min-width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { padding: 0.3rem 0.45rem; border-bottom: 1px solid #d0d0d0; vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); background: var(--band); vertical-align: bottom; }
tbody th { font-weight: normal; }
.figure { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: 3px double var(--ink); }
tr.section th, tr.section td { font-weight: 700; font-style: italic; background: var(--band); }
tr.subtotal th, tr.subtotal td { font-style: italic; }
.flag { margin-left: 0.35rem; font-weight: 700; text-decoration: none; }
.findings { margin: 0.5rem 0 1rem; padding: 0; list-style: none; }
.findings li { margin: 0.35rem 0; padding: 0.45rem 0.6rem; border-left: 5px solid; }
.findings li.warning { color: var(--warning-ink); background: var(--warning-bg); border-color: var(--warning-ink); }
.findings li.error { color: var(--error-ink); background: var(--error-bg); border-color: var(--error-ink); }
.status { font-weight: 700; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure.chart { margin: 0.5rem 0 1rem; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { font-weight: 600; font-size: 0.9rem; }
.chart-description { font-size: 0.8rem; color: var(--muted); max-width: 40rem; margin: 0.25rem 0 0; }
@media (max-width: 40rem) { body { font-size: 15px; } main { padding: 0.6rem; } h1 { font-size: 1.3rem; } }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  section.view { break-before: page; }
  section.view:first-of-type { break-before: auto; }
  .table-scroll { overflow: visible; }
  table { font-size: 7.5pt; }
  tr, figure.chart, .findings li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`

/**
 * One section of a document: an id for the contents list, a heading and its markup.
 *
 * @category models
 * @since 0.1.0
 */
export interface Section {
  readonly id: string
  readonly heading: string
  readonly body: string
}

/**
 * The section's markup: a `<section>` labelled by its heading.
 *
 * @category formatting
 * @since 0.1.0
 */
export const sectionHtml = (section: Section): string =>
  `<section class="view" id="${section.id}" aria-labelledby="${section.id}-heading">
<h2 id="${section.id}-heading">${escapeHtml(section.heading)}</h2>
${section.body}
</section>`

/**
 * A whole HTML document: no script, no external resource (a Content-Security-Policy that allows
 * only its own inline style says so to the browser too), a contents list when there is more than
 * one section, and a print stylesheet for A4 with each section on a new page.
 *
 * @category formatting
 * @since 0.1.0
 */
export const htmlDocument = (title: string, lede: string, sections: ReadonlyArray<Section>): string => {
  const contents =
    sections.length > 1
      ? `<nav aria-label="Contents"><h2>Contents</h2><ol>${sections
          .map((section) => `<li><a href="#${section.id}">${escapeHtml(section.heading)}</a></li>`)
          .join("")}</ol></nav>`
      : ""
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="lede">${escapeHtml(lede)}</p>
${contents}
${sections.map(sectionHtml).join("\n")}
</main>
</body>
</html>
`
}
