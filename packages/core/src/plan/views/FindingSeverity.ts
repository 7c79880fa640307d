import type { Severity } from "./Finding.js"

/**
 * The severity of a difference between two figures: a `warning` when the rounding of the
 * published figures can explain it (at most `tolerance`, see `Rounding.RECONCILIATION_TOLERANCE`),
 * an `error` beyond that. Every finding that compares figures uses this one rule.
 *
 * @example
 * import { FindingSeverity } from "@plan-ledger/core"
 * FindingSeverity.ofDifference(-4_000, 5_000) // "warning"
 *
 * @category derivations
 * @since 0.3.0
 */
export const ofDifference = (difference: number, tolerance: number): Exclude<Severity, "info"> =>
  Math.abs(difference) <= tolerance ? "warning" : "error"
