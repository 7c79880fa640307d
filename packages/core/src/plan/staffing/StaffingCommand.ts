import type { CommandOf } from "../../internal/CommandOf.js"
import type {
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
 * Every staffing command's tag, as a record so a new command fails to compile until it is listed.
 *
 * @category guards
 * @since 0.2.0
 */
export const STAFFING_COMMAND_TAGS: { readonly [Tag in StaffingCommand["_tag"]]: true } = {
  SetStaffingRow: true,
  StateStaffingTotal: true,
  SetExternalFunding: true,
  JustifyStaffingMovement: true,
  ExplainStaffingChange: true
}
