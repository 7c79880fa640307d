import type { WithAmounts } from "../internal/CommandOf.js"
import type { BudgetCommand as BudgetFigures } from "./budget/BudgetCommand.js"
import type { ContentCommand } from "./content/ContentCommand.js"
import type { IndicatorsCommand } from "./indicators/IndicatorsCommand.js"
import type { LifecycleCommand } from "./lifecycle/LifecycleCommand.js"
import type { StaffingCommand as StaffingFigures } from "./staffing/StaffingCommand.js"

/**
 * The commands that set a plan's budget and variation statement, with every amount a
 * `Money.Amount` and every FTE an `Fte.Amount` (see the slice's `BudgetCommand` for what each
 * does).
 *
 * @category commands
 * @since 0.2.0
 */
export type BudgetCommand = WithAmounts<BudgetFigures>

/**
 * The commands that set a plan's staffing table, with every FTE an `Fte.Amount`.
 *
 * @category commands
 * @since 0.2.0
 */
export type StaffingCommand = WithAmounts<StaffingFigures>

/**
 * Every command a plan's decider accepts: the union of its slices' commands. Each command that
 * sets something (`Set…`, `State…`, `Add…`, `Record…`, `Report…`) is idempotent: repeating it
 * with the same content records nothing, so re-importing a table is a no-op. Money and FTE are
 * taken only as `Money.Amount` and `Fte.Amount`, never as bare numbers.
 *
 * @category commands
 * @since 0.1.0
 */
export type PlanCommand = LifecycleCommand | ContentCommand | BudgetCommand | StaffingCommand | IndicatorsCommand
