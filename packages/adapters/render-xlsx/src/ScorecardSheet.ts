import { type IndicatorScorecard, Period } from "@plan-ledger/core"
import { blank, type SheetCell, type SheetTable, text } from "./SheetTable.js"

const value = (figure: IndicatorScorecard.ScorecardValue | undefined): SheetCell =>
  figure === undefined ? blank : { _tag: "Figure", value: figure.value, format: "general" }

const periodOf = (figure: IndicatorScorecard.ScorecardValue | undefined): string =>
  figure === undefined ? "" : [Period.label(figure.period), ...figure.qualifiers].join(", ")

/**
 * The indicator scorecard as a sheet: each indicator's target and latest value as numbers in its
 * unit, the status (polarity aware) and direction of travel, and every unavailable value with its
 * reason — never a zero.
 *
 * @category sheets
 * @since 0.1.0
 */
export const scorecardSheet = (view: IndicatorScorecard.IndicatorScorecard): SheetTable => ({
  name: "Scorecard",
  headers: [
    "Code",
    "Indicator",
    "Unit",
    "Better",
    "Target",
    "Target period",
    "Latest",
    "Latest is",
    "Status",
    "Direction",
    "Not available"
  ],
  rows: view.indicators.map((row) => ({
    cells: [
      text(row.code),
      text(row.title),
      text(row.unit),
      text(row.polarity === "higher-is-better" ? "higher" : "lower"),
      value(row.target),
      text(periodOf(row.target)),
      value(row.latest),
      text(row.latest === undefined ? "" : `${row.latest.kind} ${periodOf(row.latest)}`),
      text(row.status),
      text(row.direction),
      text(
        row.unavailable.map((unavailable) => `${unavailable.kind} ${Period.label(unavailable.period)}: ${unavailable.reason}`).join("; ")
      )
    ]
  })),
  notes: [
    `Indicator scorecard of plan ${view.planId} (${Period.label(view.period)}). Status: met, near (within ${view.tolerancePercent}% of the target), not-met, no-data, no-target.`
  ]
})
