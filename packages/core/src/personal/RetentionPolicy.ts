import { Schema } from "effect"

/**
 * A retention schedule: for each kind of personal value ("actor", "lead officer", "voice
 * statement" …), how many whole years it is kept after the period of its plan ends (after the
 * day an event outside any plan, or an erasure, took effect). A kind the schedule does not name is
 * kept.
 *
 * @category models
 * @since 0.4.0
 */
export const RetentionPolicy = Schema.Struct({
  yearsAfterPeriodEnds: Schema.Record(Schema.String, Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)))
})

/**
 * @category models
 * @since 0.4.0
 */
export type RetentionPolicy = typeof RetentionPolicy.Type

/**
 * The last day a value is kept: `years` after `from`, on the same day of the month (28 February
 * for a 29 February in a year that has none).
 *
 * @example
 * import { Retention } from "@plan-ledger/core"
 * Retention.keptUntil("2010-03-31", 6) // "2016-03-31"
 *
 * @category dates
 * @since 0.4.0
 */
export const keptUntil = (from: string, years: number): string => {
  const year = Number(from.slice(0, 4)) + years
  const monthDay = from.slice(5)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${String(year).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`
}
