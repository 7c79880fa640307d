import type { Accumulator } from "../../internal/Accumulator.js"
import type { SliceHandlers } from "../../internal/SliceHandlers.js"
import type { Fte } from "../../money/Fte.js"
import { keyInUnit } from "../Unit.js"
import type { StaffingEvent, StaffingRowRecorded, StaffingRowType, StaffingTotalStated } from "./events.js"

/**
 * A staffing row as it stands (the payload that last set it).
 *
 * @category models
 * @since 0.1.0
 */
export type StaffingRowState = typeof StaffingRowRecorded.Type

/**
 * The staffing slice of a plan: FTE by pay band or division, the stated total, the externally
 * funded part by source, the justification of movement and the explanation of changes. A
 * directorate's establishment also holds the subtotal each portfolio (unit) prints.
 *
 * @category models
 * @since 0.2.0
 */
export interface StaffingState {
  /** Rows by `staffingRowKey`. */
  readonly staffingRows: ReadonlyMap<string, StaffingRowState>
  /** The total printed for the whole plan: in an establishment by portfolio, the grand total. */
  readonly staffingTotal: typeof StaffingTotalStated.Type | undefined
  /** The subtotal each unit (portfolio) prints, by unit. */
  readonly unitStaffingTotals: ReadonlyMap<string, typeof StaffingTotalStated.Type>
  readonly externalFunding: ReadonlyMap<string, Fte>
  readonly staffingMovements: ReadonlyMap<string, Fte>
  readonly staffingExplanation: string | undefined
}

/**
 * The key under which a staffing row is kept: its type and name, within its unit when it has one.
 *
 * @category accessors
 * @since 0.1.0
 */
export const staffingRowKey = (rowType: StaffingRowType, name: string, unit?: string): string => keyInUnit(unit, `${rowType}:${name}`)

/**
 * The staffing slice of a freshly drafted plan.
 *
 * @category folds
 * @since 0.2.0
 */
export const emptyStaffing = (): Accumulator<StaffingState> => ({
  staffingRows: new Map(),
  staffingTotal: undefined,
  unitStaffingTotals: new Map(),
  externalFunding: new Map(),
  staffingMovements: new Map(),
  staffingExplanation: undefined
})

/**
 * How each staffing event changes the slice.
 *
 * @category folds
 * @since 0.2.0
 */
export const staffingHandlers: SliceHandlers<StaffingEvent, Accumulator<StaffingState>, unknown> = {
  StaffingRowRecorded: (state, row) => {
    state.staffingRows.set(staffingRowKey(row.rowType, row.name, row.unit), row)
  },
  StaffingTotalStated: (state, total) => {
    if (total.unit === undefined) state.staffingTotal = total
    else state.unitStaffingTotals.set(total.unit, total)
  },
  ExternalFundingRecorded: (state, { source, fte }) => {
    state.externalFunding.set(source, fte)
  },
  StaffingMovementJustified: (state, { category, fte }) => {
    state.staffingMovements.set(category, fte)
  },
  StaffingChangeExplained: (state, { explanation }) => {
    state.staffingExplanation = explanation
  }
}
