import type { Accumulator } from "../../internal/Accumulator.js"
import type { SliceHandlers } from "../../internal/SliceHandlers.js"
import type { Fte } from "../../money/Fte.js"
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
 * funded part by source, the justification of movement and the explanation of changes.
 *
 * @category models
 * @since 0.2.0
 */
export interface StaffingState {
  readonly staffingRows: ReadonlyMap<string, StaffingRowState>
  readonly staffingTotal: typeof StaffingTotalStated.Type | undefined
  readonly externalFunding: ReadonlyMap<string, Fte>
  readonly staffingMovements: ReadonlyMap<string, Fte>
  readonly staffingExplanation: string | undefined
}

/**
 * The key under which a staffing row is kept: its type and name.
 *
 * @category accessors
 * @since 0.1.0
 */
export const staffingRowKey = (rowType: StaffingRowType, name: string): string => `${rowType}:${name}`

/**
 * The staffing slice of a freshly drafted plan.
 *
 * @category folds
 * @since 0.2.0
 */
export const emptyStaffing = (): Accumulator<StaffingState> => ({
  staffingRows: new Map(),
  staffingTotal: undefined,
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
export const staffingHandlers: SliceHandlers<StaffingEvent, Accumulator<StaffingState>> = {
  StaffingRowRecorded: (state, row) => {
    state.staffingRows.set(staffingRowKey(row.rowType, row.name), row)
  },
  StaffingTotalStated: (state, total) => {
    state.staffingTotal = total
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
