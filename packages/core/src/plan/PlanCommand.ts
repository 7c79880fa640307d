import type { BudgetCommand } from "./budget/BudgetCommand.js"
import type { ContentCommand } from "./content/ContentCommand.js"
import type { IndicatorsCommand } from "./indicators/IndicatorsCommand.js"
import type { LifecycleCommand } from "./lifecycle/LifecycleCommand.js"
import type { StaffingCommand } from "./staffing/StaffingCommand.js"

/**
 * Every command a plan's decider accepts: the union of its slices' commands. Each command that
 * sets something (`Set…`, `State…`, `Add…`, `Record…`, `Report…`) is idempotent: repeating it
 * with the same content records nothing, so re-importing a table is a no-op.
 *
 * @category commands
 * @since 0.1.0
 */
export type PlanCommand = LifecycleCommand | ContentCommand | BudgetCommand | StaffingCommand | IndicatorsCommand
