import { Result } from "effect"
import { match } from "ts-pattern"
import type { IndicatorQualifier, IndicatorUnit, IndicatorValueKind, Polarity } from "../events.js"
import type { LedgerState } from "../../../ledger/LedgerState.js"
import * as Period from "../../../period/Period.js"
import { findPlan, type PlanNotFound } from "../../views/PlanNotFound.js"
import type { IndicatorValueState, PlanIndicatorState, PlanState } from "../../PlanState.js"

/**
 * How an indicator stands against its target.
 *
 * - `met`: the latest value reaches the target (polarity aware; a `min` target is a floor);
 * - `near`: it misses by no more than the tolerance (a percentage of the target);
 * - `not-met`: it misses by more;
 * - `no-data`: there is a target but no available actual or estimate;
 * - `no-target`: the plan publishes no target for its period.
 *
 * @category models
 * @since 0.1.0
 */
export type ScorecardStatus = "met" | "near" | "not-met" | "no-data" | "no-target"

/**
 * Whether the two most recent available values moved the right way.
 *
 * @category models
 * @since 0.1.0
 */
export type DirectionOfTravel = "improving" | "worsening" | "unchanged" | "unknown"

/**
 * One available value on the scorecard.
 *
 * @category models
 * @since 0.1.0
 */
export interface ScorecardValue {
  readonly period: Period.Period
  readonly kind: IndicatorValueKind
  readonly value: number
  readonly qualifiers: ReadonlyArray<IndicatorQualifier>
}

/**
 * One row of the scorecard.
 *
 * @category models
 * @since 0.1.0
 */
export interface ScorecardRow {
  readonly code: string
  readonly title: string
  readonly unit: IndicatorUnit
  readonly polarity: Polarity
  /** The groups the plan files the indicator under, such as LAA. */
  readonly categories: ReadonlyArray<string>
  readonly area: string
  readonly target: ScorecardValue | undefined
  readonly latest: ScorecardValue | undefined
  readonly status: ScorecardStatus
  readonly direction: DirectionOfTravel
  /** Every available actual or estimate, oldest period first. */
  readonly trend: ReadonlyArray<ScorecardValue>
  /** Values the plan reports as unavailable, with the reason; never counted as zero. */
  readonly unavailable: ReadonlyArray<{ readonly period: Period.Period; readonly kind: IndicatorValueKind; readonly reason: string }>
  /**
   * Every value the plan reports for the indicator's area, available or not, targets included, in
   * the order they were first reported: the whole KPI table row by row, as it was imported.
   */
  readonly reported: ReadonlyArray<IndicatorValueState>
}

/**
 * A plan's indicator scorecard.
 *
 * @category models
 * @since 0.1.0
 */
export interface IndicatorScorecard {
  readonly planId: string
  readonly period: Period.Period
  readonly tolerancePercent: number
  readonly indicators: ReadonlyArray<ScorecardRow>
}

/**
 * The tolerance used when the caller sets none: 5% of the target.
 *
 * @category constants
 * @since 0.1.0
 */
export const DEFAULT_TOLERANCE_PERCENT = 5

const available = (value: IndicatorValueState): value is Extract<IndicatorValueState, { _tag: "IndicatorValueReported" }> =>
  value._tag === "IndicatorValueReported"

const toScorecardValue = (value: Extract<IndicatorValueState, { _tag: "IndicatorValueReported" }>): ScorecardValue => ({
  period: value.period,
  kind: value.kind,
  value: value.value,
  qualifiers: value.qualifiers
})

const byPeriodThenActualFirst = (left: ScorecardValue, right: ScorecardValue): number => {
  const byEnd = Period.endDate(left.period).localeCompare(Period.endDate(right.period))
  if (byEnd !== 0) return byEnd
  // For the same period an actual supersedes an estimate, so it sorts later (more recent).
  return left.kind === right.kind ? 0 : left.kind === "actual" ? 1 : -1
}

// After sorting, keeps one value per period: the actual where a period has both.
const isLastOfItsPeriod = (value: ScorecardValue, index: number, sorted: ReadonlyArray<ScorecardValue>): boolean => {
  const next = sorted[index + 1]
  return next === undefined || !Period.equals(value.period, next.period)
}

/**
 * The target for the plan's period: the target whose period is the plan's, else the latest
 * target whose period ends within the plan's period (an academic-year target printed in a
 * financial-year plan), else none.
 *
 * @category derivations
 * @since 0.1.0
 */
export const targetFor = (indicator: PlanIndicatorState, planPeriod: Period.Period): ScorecardValue | undefined => {
  const targets = [...indicator.values.values()]
    .filter(available)
    .filter((value) => value.kind === "target" && value.area === indicator.area)
    .map(toScorecardValue)
  const exact = targets.find((target) => Period.equals(target.period, planPeriod))
  if (exact !== undefined) return exact
  const planStart = Period.startDate(planPeriod)
  const planEnd = Period.endDate(planPeriod)
  return targets
    .filter((target) => Period.endDate(target.period) >= planStart && Period.endDate(target.period) <= planEnd)
    .sort(byPeriodThenActualFirst)
    .at(-1)
}

/**
 * Whether `value` reaches `target`, given the indicator's polarity and the target's qualifiers.
 *
 * @category derivations
 * @since 0.1.0
 */
export const reaches = (value: number, target: ScorecardValue, polarity: Polarity): boolean =>
  polarity === "higher-is-better" || target.qualifiers.includes("min") ? value >= target.value : value <= target.value

const statusOf = (
  latest: ScorecardValue | undefined,
  target: ScorecardValue | undefined,
  polarity: Polarity,
  tolerancePercent: number
): ScorecardStatus => {
  if (target === undefined) return "no-target"
  if (latest === undefined) return "no-data"
  if (reaches(latest.value, target, polarity)) return "met"
  const shortfall = Math.abs(latest.value - target.value)
  return shortfall <= (Math.abs(target.value) * tolerancePercent) / 100 ? "near" : "not-met"
}

const directionOf = (trend: ReadonlyArray<ScorecardValue>, polarity: Polarity): DirectionOfTravel => {
  const [previous, latest] = trend.slice(-2)
  if (previous === undefined || latest === undefined) return "unknown"
  if (latest.value === previous.value) return "unchanged"
  const rose = latest.value > previous.value
  return rose === (polarity === "higher-is-better") ? "improving" : "worsening"
}

/**
 * Projects a plan's scorecard: for each indicator in its KPI table, the target for the plan's
 * period, the most recent available actual or estimate, and the polarity-aware status.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (
  ledger: LedgerState,
  planId: string,
  options: { readonly tolerancePercent?: number } = {}
): Result.Result<IndicatorScorecard, PlanNotFound> => Result.map(findPlan(ledger, planId), (plan) => scorecardOf(plan, options))

const scorecardOf = (plan: PlanState, options: { readonly tolerancePercent?: number }): IndicatorScorecard => {
  const tolerancePercent = options.tolerancePercent ?? DEFAULT_TOLERANCE_PERCENT
  const indicators = [...plan.indicators.values()].map((indicator): ScorecardRow => {
    const values = [...indicator.values.values()].filter((value) => value.area === indicator.area)
    const trend = values
      .filter(available)
      .filter((value) => value.kind !== "target")
      .map(toScorecardValue)
      .sort(byPeriodThenActualFirst)
      .filter(isLastOfItsPeriod)
    const target = targetFor(indicator, plan.period)
    const latest = trend.at(-1)
    return {
      code: indicator.code,
      title: indicator.title,
      unit: indicator.unit,
      polarity: indicator.polarity,
      categories: indicator.categories,
      area: indicator.area,
      target,
      latest,
      status: statusOf(latest, target, indicator.polarity, tolerancePercent),
      direction: directionOf(trend, indicator.polarity),
      trend,
      unavailable: values.flatMap((value) =>
        value._tag === "IndicatorValueUnavailable" ? [{ period: value.period, kind: value.kind, reason: value.reason }] : []
      ),
      reported: values
    }
  })
  return { planId: plan.planId, period: plan.period, tolerancePercent, indicators }
}

/**
 * An indicator's value as a reader sees it, in its unit: `84.5%`, `6.2 per 1,000`, `1,234`,
 * `27 points`.
 *
 * @category formatting
 * @since 0.3.0
 */
export const formatValue = (unit: IndicatorUnit, value: number): string =>
  match(unit)
    .with("percent", () => `${value}%`)
    .with("rate-per-1000", () => `${value} per 1,000`)
    .with("count", () => value.toLocaleString("en-GB"))
    .with("points", () => `${value} points`)
    .exhaustive()
