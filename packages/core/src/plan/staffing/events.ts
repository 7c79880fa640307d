import { Schema } from "effect"
import { NonEmptyTrimmedString } from "@plan-ledger/eventstore"
import { PlanId } from "../PlanId.js"
import { Fte } from "../../money/Fte.js"
import { Unit } from "../Unit.js"

/**
 * How a staffing row groups staff: by pay band (`Pt13 and above`) or by division.
 *
 * @category models
 * @since 0.1.0
 */
export const StaffingRowType = Schema.Literals(["band", "division"])

/**
 * @category models
 * @since 0.1.0
 */
export type StaffingRowType = typeof StaffingRowType.Type

/**
 * FTE for one pay band or division, prior year and current year. Either figure may be absent:
 * tables often leave a band blank and print only the total. With a `unit` (since schema version
 * 3) the row belongs to that portfolio's part of a directorate's establishment.
 *
 * @category events
 * @since 0.1.0
 */
export const StaffingRowRecorded = Schema.TaggedStruct("StaffingRowRecorded", {
  planId: PlanId,
  unit: Schema.optional(Unit),
  rowType: StaffingRowType,
  name: NonEmptyTrimmedString,
  priorFte: Schema.optional(Fte),
  fte: Schema.optional(Fte)
})

/**
 * The staffing total the table prints: with a `unit` (since schema version 3), that portfolio's
 * subtotal; without one, the plan's total (a directorate's grand total).
 *
 * @category events
 * @since 0.1.0
 */
export const StaffingTotalStated = Schema.TaggedStruct("StaffingTotalStated", {
  planId: PlanId,
  unit: Schema.optional(Unit),
  priorFte: Schema.optional(Fte),
  fte: Schema.optional(Fte)
})

/**
 * Part of the current FTE that an external source pays for (a grant, a standards fund).
 *
 * @category events
 * @since 0.1.0
 */
export const ExternalFundingRecorded = Schema.TaggedStruct("ExternalFundingRecorded", {
  planId: PlanId,
  source: NonEmptyTrimmedString,
  fte: Fte
})

/**
 * One category of the justification of movement (Schools, MTP, Externally funded, …) with the
 * FTE change it explains. The categories should add up to the total difference.
 *
 * @category events
 * @since 0.1.0
 */
export const StaffingMovementJustified = Schema.TaggedStruct("StaffingMovementJustified", {
  planId: PlanId,
  category: NonEmptyTrimmedString,
  fte: Fte
})

/**
 * The plan's prose explanation of the change in staffing.
 *
 * @category events
 * @since 0.1.0
 */
export const StaffingChangeExplained = Schema.TaggedStruct("StaffingChangeExplained", {
  planId: PlanId,
  explanation: NonEmptyTrimmedString
})

/**
 * Every staffing event.
 *
 * @category events
 * @since 0.1.0
 */
export const StaffingEvent = Schema.Union([
  StaffingRowRecorded,
  StaffingTotalStated,
  ExternalFundingRecorded,
  StaffingMovementJustified,
  StaffingChangeExplained
])

/**
 * @category events
 * @since 0.1.0
 */
export type StaffingEvent = typeof StaffingEvent.Type
