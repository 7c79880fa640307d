/**
 * What a finding is about.
 *
 * @category models
 * @since 0.1.0
 */
export type FindingCode =
  | "stated-total-mismatch"
  | "line-arithmetic-mismatch"
  | "variation-does-not-reconcile"
  | "movement-does-not-reconcile"
  | "restated-prior-year"

/**
 * `warning` when rounding of the published figures can explain the difference (at most half the
 * published unit for each rounded figure that enters the comparison); `error` beyond that;
 * `info` for what is worth knowing but not wrong (a prior-year figure restated while the
 * prior-year total still agrees).
 *
 * @category models
 * @since 0.1.0
 */
export type Severity = "info" | "warning" | "error"

/**
 * A place where a published table does not add up, or differs from another table. Amounts are
 * exact integers in the finding's `measure`: pence for money, hundredths for FTE.
 *
 * @category models
 * @since 0.1.0
 */
export interface Finding {
  readonly severity: Severity
  readonly code: FindingCode
  readonly subject: string
  readonly message: string
  readonly measure: "money" | "fte"
  readonly stated: number
  readonly computed: number
  readonly difference: number
  readonly tolerance: number
  /** For `restated-prior-year`: whether this plan's prior-year total still agrees with the prior plan's. */
  readonly priorYearTotalAgrees?: boolean
}
