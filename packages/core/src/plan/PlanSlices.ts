import { Decider } from "@plan-ledger/eventstore"
import { BUDGET_COMMAND_FIELDS } from "./budget/BudgetCommand.js"
import * as BudgetDecider from "./budget/BudgetDecider.js"
import { budgetHandlers } from "./budget/BudgetState.js"
import { CONTENT_COMMAND_TAGS } from "./content/ContentCommand.js"
import * as ContentDecider from "./content/ContentDecider.js"
import { contentHandlers } from "./content/ContentState.js"
import { INDICATORS_COMMAND_TAGS } from "./indicators/IndicatorsCommand.js"
import * as IndicatorsDecider from "./indicators/IndicatorsDecider.js"
import { indicatorHandlers } from "./indicators/IndicatorsState.js"
import { STAFFING_COMMAND_FIELDS } from "./staffing/StaffingCommand.js"
import * as StaffingDecider from "./staffing/StaffingDecider.js"
import { staffingHandlers } from "./staffing/StaffingState.js"

// Each slice's events are the keys of its exhaustive handler record.
const slices = Decider.combine(
  { decider: ContentDecider.decider, commands: CONTENT_COMMAND_TAGS, events: contentHandlers },
  { decider: BudgetDecider.decider, commands: BUDGET_COMMAND_FIELDS, events: budgetHandlers },
  { decider: StaffingDecider.decider, commands: STAFFING_COMMAND_FIELDS, events: staffingHandlers },
  { decider: IndicatorsDecider.decider, commands: INDICATORS_COMMAND_TAGS, events: indicatorHandlers }
)

/**
 * What a drafted plan holds beside its lifecycle — its content, budget, staffing and indicators —
 * as one decider (`Decider.combine`): each command is decided, and each event evolved, by the
 * slice that owns its tag, over the four slices' states side by side.
 */
export const decider = slices.decider

/** The tag of every command the four slices decide. */
export const commands = slices.commands

/** The tag of every event the four slices evolve. */
export const events = slices.events
