import { Fte, Period, type StaffingTotals } from "@plan-ledger/core"
import type { Chart } from "./VegaChart.js"

interface Bar {
  readonly name: string
  readonly year: string
  readonly fte: number
  readonly spoken: string
}

/**
 * The labels of a staffing table's two years: the plan's period and the year before it, or
 * "Prior year" and "Current year" when the period is not known.
 *
 * @category formatting
 * @since 0.1.0
 */
export const staffingYears = (period: Period.Period | undefined): { readonly prior: string; readonly current: string } =>
  period === undefined
    ? { prior: "Prior year", current: "Current year" }
    : { prior: Period.priorYearLabel(period), current: Period.label(period) }

/**
 * Staffing prior against current, by band or division (each row that has both), or by the
 * totals when the rows carry no FTE — as in a table that prints only its total.
 *
 * @category charts
 * @since 0.1.0
 */
export const staffingChart = (view: StaffingTotals.StaffingTotals, period: Period.Period | undefined): Chart => {
  const { prior, current } = staffingYears(period)
  const rows = view.rows.filter(
    (row) => (row.rowType === "band" || row.rowType === "division") && (row.priorFte !== undefined || row.fte !== undefined)
  )
  const compared =
    rows.length > 0
      ? rows.map((row) => ({ name: row.name, priorFte: row.priorFte, fte: row.fte }))
      : [{ name: "Total", priorFte: view.totals.priorFte, fte: view.totals.fte }]
  const bars: ReadonlyArray<Bar> = compared.flatMap((row) =>
    [
      { year: prior, fte: row.priorFte },
      { year: current, fte: row.fte }
    ].flatMap(({ year, fte }) =>
      fte === undefined ? [] : [{ name: row.name, year, fte: Fte.toNumber(fte), spoken: `${row.name} ${year}: ${Fte.format(fte)} FTE` }]
    )
  )
  return {
    id: "staffing-chart",
    caption: `Staffing, full-time equivalents: ${prior} against ${current}`,
    description: `${bars.map((bar) => bar.spoken).join("; ")}.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      width: 480,
      data: { values: bars.map((bar) => ({ ...bar })) },
      mark: { type: "bar" },
      encoding: {
        y: { field: "name", type: "nominal", title: null, sort: null },
        yOffset: { field: "year", type: "nominal", sort: [prior, current] },
        x: { field: "fte", type: "quantitative", title: "FTE" },
        color: { field: "year", type: "nominal", title: null, scale: { domain: [prior, current], range: ["#767676", "#1f4e79"] } },
        description: { field: "spoken" }
      }
    }
  }
}
