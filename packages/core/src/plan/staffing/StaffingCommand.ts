import type { CommandOf } from "../../internal/CommandOf.js"
import type { Schema } from "effect"
import {
  ExternalFundingRecorded,
  StaffingChangeExplained,
  StaffingMovementJustified,
  StaffingRowRecorded,
  StaffingTotalStated
} from "./events.js"

/**
 * The commands that set a plan's staffing table. Each is idempotent: the same content again
 * records nothing.
 *
 * @category commands
 * @since 0.2.0
 */
export type StaffingCommand =
  | CommandOf<"SetStaffingRow", typeof StaffingRowRecorded.Type>
  | CommandOf<"StateStaffingTotal", typeof StaffingTotalStated.Type>
  | CommandOf<"SetExternalFunding", typeof ExternalFundingRecorded.Type>
  | CommandOf<"JustifyStaffingMovement", typeof StaffingMovementJustified.Type>
  | CommandOf<"ExplainStaffingChange", typeof StaffingChangeExplained.Type>

/**
 * Every staffing command's tag with the schema of the event it asks for, whose fields it carries:
 * a record, so a new command fails to compile until it is listed.
 *
 * @category guards
 * @since 0.2.0
 */
export const STAFFING_COMMAND_FIELDS: { readonly [Tag in StaffingCommand["_tag"]]: Schema.Top } = {
  SetStaffingRow: StaffingRowRecorded,
  StateStaffingTotal: StaffingTotalStated,
  SetExternalFunding: ExternalFundingRecorded,
  JustifyStaffingMovement: StaffingMovementJustified,
  ExplainStaffingChange: StaffingChangeExplained
}
