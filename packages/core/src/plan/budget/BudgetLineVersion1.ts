import { Schema } from "effect"
import {
  addedLineFieldsVersion1,
  type BudgetLineAdded,
  type BudgetLineRevised,
  lineFieldsVersion1,
  UNSPECIFIED_FUNDING_SOURCE
} from "./events.js"

/**
 * `BudgetLineAdded` as schema version 1 wrote it: a line without a funding source. Still read
 * from ledgers written before version 2, and upcast by `toCurrent`.
 *
 * @category events
 * @since 0.3.0
 */
export const BudgetLineAddedVersion1 = Schema.TaggedStruct("BudgetLineAdded", { ...lineFieldsVersion1, ...addedLineFieldsVersion1 })

/**
 * `BudgetLineRevised` as schema version 1 wrote it: a line without a funding source.
 *
 * @category events
 * @since 0.3.0
 */
export const BudgetLineRevisedVersion1 = Schema.TaggedStruct("BudgetLineRevised", lineFieldsVersion1)

/**
 * The budget-line events of schema version 1.
 *
 * @category events
 * @since 0.3.0
 */
export const BudgetLineEventVersion1 = Schema.Union([BudgetLineAddedVersion1, BudgetLineRevisedVersion1])

/**
 * @category events
 * @since 0.3.0
 */
export type BudgetLineEventVersion1 = typeof BudgetLineEventVersion1.Type

/**
 * Reads a version-1 line event as version 2: the funding source it never recorded is
 * `"unspecified"`, never a guess; every other field is carried over unchanged.
 *
 * @category upcasting
 * @since 0.3.0
 */
export const toCurrent = (event: BudgetLineEventVersion1): typeof BudgetLineAdded.Type | typeof BudgetLineRevised.Type => ({
  ...event,
  fundingSource: UNSPECIFIED_FUNDING_SOURCE
})
