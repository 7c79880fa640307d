import { Money, type VariationStatement } from "@plan-ledger/core"
import { match } from "ts-pattern"
import type { Chart } from "./VegaChart.js"

type Step = "opening" | "base-adjustment" | "pressure" | "saving" | "closing"

interface Bar {
  readonly order: number
  readonly label: string
  readonly step: string
  readonly from: number
  readonly to: number
  readonly amount: string
}

// Exact pence to £000 as a number for the chart's scale only; every figure a reader sees is
// formatted from the exact amount.
const inThousands = (amount: Money.Pence): number => amount / Money.PENCE_PER_THOUSAND

const stepName = (step: Step): string =>
  match(step)
    .with("opening", () => "Opening budget")
    .with("base-adjustment", () => "Base adjustment")
    .with("pressure", () => "Pressure")
    .with("saving", () => "Saving")
    .with("closing", () => "Closing budget")
    .exhaustive()

const STEP_COLOURS: ReadonlyArray<readonly [Step, string]> = [
  ["opening", "#1f4e79"],
  ["base-adjustment", "#595959"],
  ["pressure", "#a4262c"],
  ["saving", "#1e6b34"],
  ["closing", "#1f4e79"]
]

const barsOf = (view: VariationStatement.VariationStatement): ReadonlyArray<Bar> => {
  const bars: Array<Bar> = [
    {
      order: 0,
      label: view.opening.label,
      step: stepName("opening"),
      from: 0,
      to: inThousands(view.opening.amount),
      amount: Money.formatWholeThousands(view.opening.amount)
    }
  ]
  let running = view.opening.amount
  for (const section of view.sections) {
    for (const item of section.items) {
      const next = Money.add(running, item.amount)
      bars.push({
        order: bars.length,
        // Numbered, so two items described alike keep a bar each.
        label: `${bars.length}. ${item.description}`,
        step: stepName(section.section),
        from: inThousands(running),
        to: inThousands(next),
        amount: Money.formatWholeThousands(item.amount)
      })
      running = next
    }
  }
  bars.push({
    order: bars.length,
    label: view.closing.label,
    step: stepName("closing"),
    from: 0,
    to: inThousands(view.closing.amount),
    amount: Money.formatWholeThousands(view.closing.amount)
  })
  return bars
}

/**
 * The variation statement as a waterfall: the opening budget, each base adjustment, pressure and
 * saving as a step from the running total, and the closing budget, with the budget statement's
 * controllable total marked by a rule.
 *
 * @category charts
 * @since 0.1.0
 */
export const waterfallChart = (view: VariationStatement.VariationStatement): Chart => {
  const bars = barsOf(view)
  const total = view.budgetControllableTotal
  const rule =
    total === undefined
      ? []
      : [
          {
            data: { values: [{ total: inThousands(total), label: `Budget statement total ${Money.formatThousands(total)}` }] },
            layer: [
              {
                mark: { type: "rule" as const, color: "#1a1a1a", strokeDash: [6, 3], strokeWidth: 2 },
                encoding: { x: { field: "total", type: "quantitative" as const } }
              },
              {
                mark: { type: "text" as const, align: "right" as const, dx: -4, dy: -6, color: "#1a1a1a", fontWeight: "bold" as const },
                encoding: { x: { field: "total", type: "quantitative" as const }, y: { value: 0 }, text: { field: "label" } }
              }
            ]
          }
        ]
  const closing = Money.formatWholeThousands(view.closing.amount)
  return {
    id: "variation-waterfall",
    caption: `Variation statement as a waterfall, £000: ${Money.formatWholeThousands(view.opening.amount)} to ${closing}`,
    description: [
      `${view.opening.label}: ${Money.formatWholeThousands(view.opening.amount)}.`,
      ...bars.slice(1, -1).map((bar) => `${bar.label} (${bar.step.toLowerCase()}): ${bar.amount}.`),
      `${view.closing.label}: ${closing}.`,
      total === undefined
        ? "No budget statement is recorded."
        : `The budget statement's controllable total is ${Money.formatThousands(total)}.`
    ].join(" "),
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      width: 560,
      layer: [
        {
          data: { values: bars.map((bar) => ({ ...bar, spoken: `${bar.label}: ${bar.amount}` })) },
          mark: { type: "bar", height: { band: 0.8 } },
          encoding: {
            y: { field: "label", type: "nominal", sort: { field: "order" }, title: null, axis: { labelLimit: 300 } },
            x: { field: "from", type: "quantitative", title: "£000" },
            x2: { field: "to" },
            color: {
              field: "step",
              type: "nominal",
              title: null,
              scale: { domain: STEP_COLOURS.map(([step]) => stepName(step)), range: STEP_COLOURS.map(([, colour]) => colour) }
            },
            description: { field: "spoken" }
          }
        },
        ...rule
      ]
    }
  }
}
