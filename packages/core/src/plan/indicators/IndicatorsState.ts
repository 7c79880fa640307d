import type { Accumulator } from "../../internal/Accumulator.js"
import type { SliceHandlers } from "../../internal/SliceHandlers.js"
import type { Period } from "../../period/Period.js"
import type { IndicatorEvent, IndicatorValueKind, IndicatorValueReported, IndicatorValueUnavailable, PlanIndicatorAdded } from "./events.js"

/**
 * One reported indicator value, or the reason it is unavailable (the payload that last reported
 * it).
 *
 * @category models
 * @since 0.1.0
 */
export type IndicatorValueState = typeof IndicatorValueReported.Type | typeof IndicatorValueUnavailable.Type

/**
 * An indicator in the plan's KPI table (as added) with every value the plan reports for it.
 *
 * @category models
 * @since 0.1.0
 */
export type PlanIndicatorState = typeof PlanIndicatorAdded.Type & {
  /** Keyed by area, period and kind: a later report for the same key replaces the earlier one. */
  readonly values: ReadonlyMap<string, IndicatorValueState>
}

/**
 * The indicators slice of a plan: its KPI table.
 *
 * @category models
 * @since 0.2.0
 */
export interface IndicatorsState {
  readonly indicators: ReadonlyMap<string, PlanIndicatorState>
}

/**
 * The key under which an indicator value is kept: area, period and kind.
 *
 * @category accessors
 * @since 0.1.0
 */
export const indicatorValueKey = (area: string, period: Period, kind: IndicatorValueKind): string =>
  `${area}|${period._tag === "MultiYear" ? `${period.from}/${period.to}` : `${period._tag}:${period.year}`}|${kind}`

/**
 * The indicators slice of a freshly drafted plan.
 *
 * @category folds
 * @since 0.2.0
 */
export const emptyIndicators = (): Accumulator<IndicatorsState> => ({ indicators: new Map() })

const reportValue = (state: Accumulator<IndicatorsState>, value: IndicatorValueState): void => {
  const values = state.indicators.get(value.code)?.values
  // The fold created this map (in `PlanIndicatorAdded`) and owns it, so it may write to it.
  ;(values as Map<string, IndicatorValueState> | undefined)?.set(indicatorValueKey(value.area, value.period, value.kind), value)
}

/**
 * How each indicator event changes the slice.
 *
 * @category folds
 * @since 0.2.0
 */
export const indicatorHandlers: SliceHandlers<IndicatorEvent, Accumulator<IndicatorsState>, unknown> = {
  PlanIndicatorAdded: (state, indicator) => {
    const existing = state.indicators.get(indicator.code)
    state.indicators.set(indicator.code, { ...indicator, values: existing?.values ?? new Map() })
  },
  IndicatorValueReported: reportValue,
  IndicatorValueUnavailable: reportValue
}
