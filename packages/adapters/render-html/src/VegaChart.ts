import { parse, View } from "vega"
import { compile, type TopLevelSpec } from "vega-lite"
import { escapeHtml } from "./HtmlText.js"

/**
 * A chart to draw: its Vega-Lite specification (data inline), a caption, and the text that says
 * what it shows for a reader who cannot see it.
 *
 * @category models
 * @since 0.1.0
 */
export interface Chart {
  readonly id: string
  readonly caption: string
  readonly description: string
  readonly spec: TopLevelSpec
}

// Colours chosen for at least 4.5:1 contrast against white, so marks and their labels read in
// print and for low vision.
const CONFIG: TopLevelSpec["config"] = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  background: "#ffffff",
  axis: { labelColor: "#1a1a1a", titleColor: "#1a1a1a", labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
  legend: { labelColor: "#1a1a1a", titleColor: "#1a1a1a", labelFontSize: 11, titleFontSize: 12, orient: "bottom", columns: 3 },
  title: { color: "#1a1a1a", fontSize: 13 },
  view: { stroke: null }
}

/**
 * Draws a chart as inline SVG inside a `<figure>`: Vega-Lite compiles the specification, Vega lays
 * it out headless in Node (no browser, no canvas, no network) and writes the SVG, escaping every
 * label. The SVG is an image named by the figure's caption and described by its text; each mark
 * keeps Vega's own description (`aria-label`) too.
 *
 * @category charts
 * @since 0.1.0
 */
export const chartFigure = async (chart: Chart): Promise<string> => {
  const view = new View(parse(compile({ ...chart.spec, config: CONFIG }).spec), { renderer: "none" })
  try {
    const svg = await view.toSVG()
    const captionId = `${chart.id}-caption`
    const descriptionId = `${chart.id}-description`
    const labelled = svg.replace(/^<svg /, `<svg role="img" aria-labelledby="${captionId}" aria-describedby="${descriptionId}" `)
    return `<figure class="chart" id="${chart.id}">
${labelled}
<figcaption id="${captionId}">${escapeHtml(chart.caption)}</figcaption>
<p class="chart-description" id="${descriptionId}">${escapeHtml(chart.description)}</p>
</figure>`
  } finally {
    view.finalize()
  }
}
