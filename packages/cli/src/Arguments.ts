import { Period, PlanIdText } from "@plan-ledger/core"
import { UsageError } from "./UsageError.js"

/**
 * A string option required by one form of a command only (`show partnership --id`), so not by
 * commander.
 *
 * @category options
 * @since 0.1.0
 */
export const required = (command: string, name: string, value: unknown, example: string): string => {
  if (typeof value !== "string" || value.trim() === "")
    throw new UsageError({ command, detail: `--${name} is required, for example --${name} ${example}` })
  return value
}

/**
 * An option naming a plan, checked to be a plan id before anything is read or written, so a typed
 * `--plan LCSP-2009-10` is one line naming the option and the id to write instead.
 *
 * @category options
 * @since 0.4.0
 */
export const planIdOption = <Value extends string | undefined>(command: string, name: string, value: Value): Value => {
  if (value !== undefined && !PlanIdText.isPlanId(value))
    throw new UsageError({ command, detail: `--${name} "${value}" is not a plan id: write ${PlanIdText.expectedFor(value)}` })
  return value
}

/**
 * An option naming a plan required by one form of a command only ({@link required}, then
 * {@link planIdOption}).
 *
 * @category options
 * @since 0.4.0
 */
export const requiredPlanId = (command: string, name: string, value: unknown, example: string): string =>
  planIdOption(command, name, required(command, name, value, example))

/**
 * An optional `YYYY-MM-DD` option, or a usage error naming it.
 *
 * @category options
 * @since 0.3.0
 */
export const dateOption = (command: string, name: string, value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  if (Period.parseCalendarDate(value) === undefined)
    throw new UsageError({ command, detail: `--${name} "${value}" is not a date: write YYYY-MM-DD, such as 2009-09-01` })
  return value
}

/**
 * The scorecard's `--tolerance` percentage, as a number (commander checked it is one).
 *
 * @category options
 * @since 0.3.0
 */
export const toleranceOption = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value))
