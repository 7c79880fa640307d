import { match } from "ts-pattern"
import type { LedgerState } from "../ledger/LedgerState.js"
import type { PartnershipKind } from "../partnership/events.js"
import { on } from "../partnership/PartnershipOnDate.js"
import * as Period from "../period/Period.js"
import type { IndicatorUnit, IndicatorValueKind } from "../plan/indicators/events.js"
import type { IndicatorValueState } from "../plan/indicators/IndicatorsState.js"

/**
 * One period and kind of an indicator rolled up from the local partnerships to the county: the
 * county value where the unit allows it, or why it cannot be computed.
 *
 * @category models
 * @since 0.3.0
 */
export interface IndicatorRollUpRow {
  readonly period: Period.Period
  readonly kind: IndicatorValueKind
  /** The partnerships whose values went in, and those that report none for this period and kind. */
  readonly areas: ReadonlyArray<string>
  readonly missingAreas: ReadonlyArray<string>
  /** The county value: counts summed; shares and rates recomputed from the summed counts behind them. */
  readonly value: number | undefined
  readonly basis: { readonly numerator: number; readonly denominator: number } | undefined
  /** Why no county value is given, when it is not. */
  readonly refused: string | undefined
}

/**
 * An indicator rolled up from the local partnerships to the county.
 *
 * @category models
 * @since 0.3.0
 */
export interface IndicatorRollUp {
  readonly code: string
  readonly title: string | undefined
  readonly unit: IndicatorUnit | undefined
  readonly rows: ReadonlyArray<IndicatorRollUpRow>
  /** Why nothing can be rolled up at all (an indicator no plan defines, or defined with different units). */
  readonly refused: string | undefined
}

const LOCAL_KINDS: ReadonlyArray<PartnershipKind> = ["cluster", "lcsp"]

// What a value of each unit is per unit of numerator over denominator.
const SCALE: Record<IndicatorUnit, number | undefined> = { percent: 100, "rate-per-1000": 1000, points: 1, count: undefined }

const rollUpRow = (
  unit: IndicatorUnit,
  period: Period.Period,
  kind: IndicatorValueKind,
  values: ReadonlyArray<Extract<IndicatorValueState, { readonly _tag: "IndicatorValueReported" }>>,
  localAreas: ReadonlyArray<string>
): IndicatorRollUpRow => {
  const areas = [...new Set(values.map((value) => value.area))]
  const base = { period, kind, areas, missingAreas: localAreas.filter((area) => !areas.includes(area)) }
  const twice = areas.filter((area) => new Set(values.filter((value) => value.area === area).map((value) => value.value)).size > 1)
  if (twice.length > 0)
    return { ...base, value: undefined, basis: undefined, refused: `plans report different values for ${twice.join(", ")}` }
  const once = areas.flatMap((area) => values.find((value) => value.area === area) ?? [])
  return match(SCALE[unit])
    .with(undefined, () => ({ ...base, value: once.reduce((sum, value) => sum + value.value, 0), basis: undefined, refused: undefined }))
    .otherwise((scale) => {
      const withoutBasis = once.filter((value) => value.basis === undefined).map((value) => value.area)
      if (withoutBasis.length > 0)
        return {
          ...base,
          value: undefined,
          basis: undefined,
          refused: `a ${unit} value cannot be added up or averaged without the counts behind it; ${withoutBasis.join(", ")} report no numerator and denominator`
        }
      const numerator = once.reduce((sum, value) => sum + (value.basis?.numerator ?? 0), 0)
      const denominator = once.reduce((sum, value) => sum + (value.basis?.denominator ?? 0), 0)
      return { ...base, value: (numerator * scale) / denominator, basis: { numerator, denominator }, refused: undefined }
    })
}

/**
 * Rolls an indicator up from the local partnerships (the school clusters and LCSPs, as they stood
 * on `effectiveOn`) to the county, from the values any plan reports for a partnership's area.
 * Counts are summed; a percentage, rate or average is recomputed from the summed numerators and
 * denominators behind the partnerships' values, never averaged from the values themselves, and
 * is refused, with the reason, when any partnership's value comes without them.
 *
 * @category projections
 * @since 0.3.0
 */
export const project = (
  ledger: LedgerState,
  code: string,
  options: { readonly effectiveOn?: string | undefined } = {}
): IndicatorRollUp => {
  const localAreas = [...ledger.partnerships.values()]
    .map((partnership) => on(partnership, options.effectiveOn))
    .filter((partnership) => LOCAL_KINDS.includes(partnership.kind))
    .map((partnership) => partnership.partnershipId)
  const definitions = [...ledger.plans.values()].flatMap((plan) => {
    const indicator = plan.indicators.get(code)
    return indicator === undefined ? [] : [indicator]
  })
  const units = new Set(definitions.map((definition) => definition.unit))
  const first = definitions[0]
  if (first === undefined) return { code, title: undefined, unit: undefined, rows: [], refused: `no plan defines indicator ${code}` }
  if (units.size > 1)
    return {
      code,
      title: first.title,
      unit: undefined,
      rows: [],
      refused: `plans define ${code} with different units (${[...units].join(", ")})`
    }
  const groups = new Map<
    string,
    {
      period: Period.Period
      kind: IndicatorValueKind
      values: Array<Extract<IndicatorValueState, { readonly _tag: "IndicatorValueReported" }>>
    }
  >()
  for (const definition of definitions)
    for (const value of definition.values.values()) {
      if (value._tag !== "IndicatorValueReported" || !localAreas.includes(value.area)) continue
      const key = `${Period.label(value.period)}|${value.kind}`
      const group = groups.get(key) ?? { period: value.period, kind: value.kind, values: [] }
      group.values.push(value)
      groups.set(key, group)
    }
  return {
    code,
    title: first.title,
    unit: first.unit,
    rows: [...groups.values()].map((group) => rollUpRow(first.unit, group.period, group.kind, group.values, localAreas)),
    refused: undefined
  }
}
