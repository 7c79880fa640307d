import { type IndicatorQualifier, type IndicatorUnit, Period, type PlanCommand, type Polarity } from "@plan-ledger/core"

/** A printed cell: a value (with qualifiers), the reason it is unavailable, or blank. */
type Cell =
  number | { readonly value: number; readonly qualifiers: ReadonlyArray<IndicatorQualifier> } | { readonly unavailable: string } | null

type Row = readonly [
  code: string,
  title: string,
  unit: IndicatorUnit,
  polarity: Polarity,
  categories: ReadonlyArray<string>,
  actual200708: Cell,
  estimate200809: Cell,
  target: Cell
]

const AWAITING_DCSF = { unavailable: "Awaiting direction from DCSF; data will come from the Ofsted TellUs survey" }
const TO_FOLLOW = { unavailable: "To follow" }
const academicYearTarget = (value: number): Cell => ({ value, qualifiers: ["academic-year"] })

// "Key Performance Indicators", Kent County Council, LCSP Service Level Business Plan 2009/10: actual 2007/08, estimated/actual 2008/09, target
// 2009/10. Targets marked "2008/9 academic year target" are recorded for academic year 2008/09.
// NI 114 is printed as a percentage but defined as a rate per 1,000 pupils: recorded as a rate.
// The two half-days-missed rows carry no NI code; they get local codes.
const ROWS: ReadonlyArray<Row> = [
  ["NI 69", "Children who have experienced bullying", "percent", "lower-is-better", [], 46.7, AWAITING_DCSF, null],
  ["NI 87", "Secondary school persistent absence rate", "percent", "lower-is-better", [], 7.1, 6.0, academicYearTarget(6.0)],
  ["LOCAL ABS-PRI", "% half days missed in primary schools", "percent", "lower-is-better", ["local"], 5.3, 5.0, academicYearTarget(5.0)],
  [
    "LOCAL ABS-SEC",
    "% half days missed in secondary schools",
    "percent",
    "lower-is-better",
    ["local"],
    7.5,
    7.35,
    academicYearTarget(7.35)
  ],
  [
    "NI 114",
    "Rate of permanent exclusions from school",
    "rate-per-1000",
    "lower-is-better",
    [],
    { value: 1.3, qualifiers: ["provisional"] },
    1.4,
    academicYearTarget(1.4)
  ],
  ["NI 50", "Emotional health of children", "percent", "higher-is-better", [], 61.1, AWAITING_DCSF, null],
  ["NI 117", "16-18 year olds not in education, employment or training", "percent", "lower-is-better", ["LAA"], 5.27, 4.46, 5.9],
  [
    "NI 107",
    "Key Stage 2 attainment for Black and minority ethnic groups",
    "percent",
    "higher-is-better",
    [],
    TO_FOLLOW,
    TO_FOLLOW,
    TO_FOLLOW
  ],
  ["NI 73", "Key Stage 2: level 4 or above in both English and Maths", "percent", "higher-is-better", [], 69, 77, 77],
  [
    "NI 108",
    "Key Stage 4 attainment for Black and minority ethnic groups (5 A*-C inc. English and Maths)",
    "percent",
    "higher-is-better",
    [],
    TO_FOLLOW,
    TO_FOLLOW,
    TO_FOLLOW
  ],
  ["NI 75", "Key Stage 4: 5 or more A*-C GCSEs or equivalent including English and Maths", "percent", "higher-is-better", [], 49.7, 56, 57],
  ["NI 93", "Key Stage 1-2: proportion progressing by 2 NC levels in English", "percent", "higher-is-better", [], 84, 87, 87],
  ["NI 94", "Key Stage 1-2: proportion progressing by 2 NC levels in Maths", "percent", "higher-is-better", [], 73, 84, 84]
]

const cellCommand = (
  planId: string,
  code: string,
  area: string,
  kind: "actual" | "estimate" | "target",
  period: Period.Period,
  cell: Cell
): ReadonlyArray<PlanCommand> => {
  if (cell === null) return []
  if (typeof cell === "number") return [{ _tag: "ReportIndicatorValue", planId, code, area, period, kind, value: cell, qualifiers: [] }]
  if ("unavailable" in cell) return [{ _tag: "ReportIndicatorUnavailable", planId, code, area, period, kind, reason: cell.unavailable }]
  const cellPeriod = kind === "target" && cell.qualifiers.includes("academic-year") ? Period.academicYear("2008/09") : period
  return [{ _tag: "ReportIndicatorValue", planId, code, area, period: cellPeriod, kind, value: cell.value, qualifiers: cell.qualifiers }]
}

/**
 * The KPI table as commands: each indicator's definition, then its actual, estimate and target —
 * unavailable values with their reason, never as zero.
 *
 * @category data
 * @since 0.1.0
 */
export const indicatorCommands = (planId: string, area: string): ReadonlyArray<PlanCommand> =>
  ROWS.flatMap(([code, title, unit, polarity, categories, actual, estimate, target]): ReadonlyArray<PlanCommand> => [
    { _tag: "AddPlanIndicator", planId, code, title, unit, polarity, categories, area },
    ...cellCommand(planId, code, area, "actual", Period.financialYear("2007/08"), actual),
    ...cellCommand(planId, code, area, "estimate", Period.financialYear("2008/09"), estimate),
    ...cellCommand(planId, code, area, "target", Period.financialYear("2009/10"), target)
  ])

/**
 * The National Indicators of the KPI table, as the table defines them (code, title, unit,
 * polarity) — the entries the county's National Indicator catalogue takes from this plan.
 *
 * @category data
 * @since 0.2.0
 */
export const kpiNationalIndicators = (): ReadonlyArray<{
  readonly code: string
  readonly title: string
  readonly unit: IndicatorUnit
  readonly polarity: Polarity
}> => ROWS.filter(([code]) => code.startsWith("NI ")).map(([code, title, unit, polarity]) => ({ code, title, unit, polarity }))
