import { Schema } from "effect"
import { NonEmptyTrimmedString } from "@plan-ledger/eventstore"
import { PlanId } from "../PlanId.js"
import { Period } from "../../period/Period.js"

const IndicatorCode = NonEmptyTrimmedString

/**
 * What an indicator's values count.
 *
 * @category models
 * @since 0.1.0
 */
export const IndicatorUnit = Schema.Literals(["percent", "count", "rate-per-1000", "points"])

/**
 * @category models
 * @since 0.1.0
 */
export type IndicatorUnit = typeof IndicatorUnit.Type

/**
 * Whether a higher or a lower value is better.
 *
 * @category models
 * @since 0.1.0
 */
export const Polarity = Schema.Literals(["higher-is-better", "lower-is-better"])

/**
 * @category models
 * @since 0.1.0
 */
export type Polarity = typeof Polarity.Type

/**
 * The kinds of value a plan reports for an indicator.
 *
 * @category models
 * @since 0.1.0
 */
export const IndicatorValueKind = Schema.Literals(["actual", "estimate", "target"])

/**
 * @category models
 * @since 0.1.0
 */
export type IndicatorValueKind = typeof IndicatorValueKind.Type

/**
 * Qualifiers printed beside a value: a provisional figure, a floor target (`min`), a target set
 * for the academic year.
 *
 * @category models
 * @since 0.1.0
 */
export const IndicatorQualifier = Schema.Literals(["provisional", "min", "academic-year"])

/**
 * @category models
 * @since 0.1.0
 */
export type IndicatorQualifier = typeof IndicatorQualifier.Type

/**
 * A plan takes an indicator into its KPI table, with the definition the plan uses. A
 * catalogue across plans is a projection of these.
 *
 * @category events
 * @since 0.1.0
 */
export const PlanIndicatorAdded = Schema.TaggedStruct("PlanIndicatorAdded", {
  planId: PlanId,
  code: IndicatorCode,
  title: NonEmptyTrimmedString,
  unit: IndicatorUnit,
  polarity: Polarity,
  categories: Schema.Array(NonEmptyTrimmedString),
  area: NonEmptyTrimmedString,
  dataSource: Schema.optional(NonEmptyTrimmedString)
})

/**
 * The counts behind a percentage, a rate or an average: how many (the numerator) out of how many
 * (the denominator, such as the children in the age band). With them a value can be added up
 * across areas; without them it cannot.
 *
 * @category models
 * @since 0.3.0
 */
export const IndicatorBasis = Schema.Struct({
  numerator: Schema.Number.check(Schema.isGreaterThanOrEqualTo(0)),
  denominator: Schema.Number.check(Schema.isGreaterThan(0))
})

/**
 * @category models
 * @since 0.3.0
 */
export type IndicatorBasis = typeof IndicatorBasis.Type

/**
 * A value the plan reports for an indicator: an actual, an estimate or a target, with the counts
 * it was computed from when the source gives them.
 *
 * @category events
 * @since 0.1.0
 */
export const IndicatorValueReported = Schema.TaggedStruct("IndicatorValueReported", {
  planId: PlanId,
  code: IndicatorCode,
  area: NonEmptyTrimmedString,
  period: Period,
  kind: IndicatorValueKind,
  value: Schema.Finite,
  qualifiers: Schema.Array(IndicatorQualifier),
  basis: Schema.optional(IndicatorBasis)
})

/**
 * The plan says a value is not available, and why. It is never a zero.
 *
 * @category events
 * @since 0.1.0
 */
export const IndicatorValueUnavailable = Schema.TaggedStruct("IndicatorValueUnavailable", {
  planId: PlanId,
  code: IndicatorCode,
  area: NonEmptyTrimmedString,
  period: Period,
  kind: IndicatorValueKind,
  reason: NonEmptyTrimmedString
})

/**
 * Every indicator event.
 *
 * @category events
 * @since 0.1.0
 */
export const IndicatorEvent = Schema.Union([PlanIndicatorAdded, IndicatorValueReported, IndicatorValueUnavailable])

/**
 * @category events
 * @since 0.1.0
 */
export type IndicatorEvent = typeof IndicatorEvent.Type
