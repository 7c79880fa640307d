import type { IndicatorUnit, Polarity } from "../events.js"
import type { LedgerState } from "../../../ledger/LedgerState.js"

/**
 * One indicator as the plans in the ledger define it, with every plan that uses it. When plans
 * disagree on the title, unit or polarity, each variant is listed — a data-quality problem shown,
 * not resolved.
 *
 * @category models
 * @since 0.1.0
 */
export interface CatalogueEntry {
  readonly code: string
  readonly definitions: ReadonlyArray<{
    readonly title: string
    readonly unit: IndicatorUnit
    readonly polarity: Polarity
    readonly categories: ReadonlyArray<string>
    readonly planIds: ReadonlyArray<string>
  }>
  readonly consistent: boolean
}

/**
 * The indicator catalogue across every plan in the ledger, ordered by code.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState): ReadonlyArray<CatalogueEntry> => {
  const byCode = new Map<
    string,
    Map<string, { title: string; unit: IndicatorUnit; polarity: Polarity; categories: ReadonlyArray<string>; planIds: Array<string> }>
  >()
  for (const plan of ledger.plans.values()) {
    for (const indicator of plan.indicators.values()) {
      const variants = byCode.get(indicator.code) ?? new Map()
      const key = JSON.stringify([indicator.title, indicator.unit, indicator.polarity, [...indicator.categories].sort()])
      const variant = variants.get(key) ?? {
        title: indicator.title,
        unit: indicator.unit,
        polarity: indicator.polarity,
        categories: indicator.categories,
        planIds: []
      }
      variant.planIds.push(plan.planId)
      variants.set(key, variant)
      byCode.set(indicator.code, variants)
    }
  }
  return [...byCode]
    .sort(([left], [right]) => left.localeCompare(right, "en", { numeric: true }))
    .map(([code, variants]) => ({ code, definitions: [...variants.values()], consistent: variants.size === 1 }))
}
