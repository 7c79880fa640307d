import { IndicatorScorecard, Period } from "@plan-ledger/core"

const formatIndicatorValue = IndicatorScorecard.formatValue
import { elementId } from "./HtmlText.js"
import { polarityWords, statusStyle } from "./StatusColour.js"
import type { Chart } from "./VegaChart.js"

/**
 * One indicator's trend: each available actual and estimate by period, the target as a dashed
 * rule, the line in the colour of its status, and its polarity in the title. `undefined` when the
 * indicator has neither a value nor a target to draw.
 *
 * @category charts
 * @since 0.1.0
 */
export const indicatorTrendChart = (row: IndicatorScorecard.ScorecardRow): Chart | undefined => {
  if (row.trend.length === 0 && row.target === undefined) return undefined
  const style = statusStyle(row.status)
  const points = row.trend.map((value) => ({
    period: Period.label(value.period),
    value: value.value,
    kind: value.kind,
    spoken: `${value.kind} ${Period.label(value.period)}: ${formatIndicatorValue(row.unit, value.value)}`
  }))
  const periods = [
    ...new Set([...points.map((point) => point.period), ...(row.target === undefined ? [] : [Period.label(row.target.period)])])
  ]
  const target =
    row.target === undefined
      ? []
      : [
          {
            data: {
              values: [
                {
                  value: row.target.value,
                  label: `Target ${Period.label(row.target.period)}: ${formatIndicatorValue(row.unit, row.target.value)}`
                }
              ]
            },
            layer: [
              {
                mark: { type: "rule" as const, color: "#1a1a1a", strokeDash: [6, 3], strokeWidth: 1.5 },
                encoding: { y: { field: "value", type: "quantitative" as const } }
              },
              {
                mark: { type: "text" as const, align: "left" as const, dx: 4, dy: -6, color: "#1a1a1a" },
                encoding: { y: { field: "value", type: "quantitative" as const }, x: { value: 0 }, text: { field: "label" } }
              }
            ]
          }
        ]
  const periodAxis = { field: "period", type: "ordinal" as const, scale: { domain: periods }, title: null, axis: { labelAngle: 0 } }
  const valueAxis = { field: "value", type: "quantitative" as const, title: row.unit, scale: { zero: false } }
  const values = points.map((point) => point.spoken).join("; ")
  return {
    id: elementId("trend", row.code),
    caption: `${row.code} ${row.title}: ${polarityWords(row.polarity)}; status ${style.words}`,
    description: `${values === "" ? "No available value." : `${values}.`} ${
      row.target === undefined
        ? "No target."
        : `Target ${Period.label(row.target.period)}: ${formatIndicatorValue(row.unit, row.target.value)}.`
    } Direction of travel: ${row.direction}.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      width: 260,
      height: 140,
      title: { text: row.code, subtitle: polarityWords(row.polarity) },
      layer: [
        {
          data: { values: points },
          mark: { type: "line", color: style.colour },
          encoding: { x: periodAxis, y: valueAxis, description: { field: "spoken" } }
        },
        {
          data: { values: points },
          mark: { type: "point", filled: true, size: 70, color: style.colour },
          encoding: {
            x: periodAxis,
            y: valueAxis,
            shape: { field: "kind", type: "nominal", title: null, scale: { domain: ["actual", "estimate"], range: ["circle", "diamond"] } },
            description: { field: "spoken" }
          }
        },
        ...target
      ]
    }
  }
}
