import type { CommandOf } from "../../internal/CommandOf.js"
import type { IndicatorValueReported, IndicatorValueUnavailable, PlanIndicatorAdded } from "./events.js"

/**
 * The commands that set a plan's KPI table. Each is idempotent: the same content again records
 * nothing.
 *
 * @category commands
 * @since 0.2.0
 */
export type IndicatorsCommand =
  | CommandOf<"AddPlanIndicator", typeof PlanIndicatorAdded.Type>
  | CommandOf<"ReportIndicatorValue", typeof IndicatorValueReported.Type>
  | CommandOf<"ReportIndicatorUnavailable", typeof IndicatorValueUnavailable.Type>

/**
 * Every indicators command's tag, as a record so a new command fails to compile until it is
 * listed.
 *
 * @category guards
 * @since 0.2.0
 */
export const INDICATORS_COMMAND_TAGS: { readonly [Tag in IndicatorsCommand["_tag"]]: true } = {
  AddPlanIndicator: true,
  ReportIndicatorValue: true,
  ReportIndicatorUnavailable: true
}
