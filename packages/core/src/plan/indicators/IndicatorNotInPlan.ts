import { Data } from "effect"

/**
 * A value was reported for an indicator that is not in the plan's KPI table.
 *
 * @category errors
 * @since 0.1.0
 */
export class IndicatorNotInPlan extends Data.TaggedError("IndicatorNotInPlan")<{
  readonly planId: string
  readonly code: string
}> {
  override get message(): string {
    return `indicator "${this.code}" is not in plan "${this.planId}": add it to the plan (code, title, unit, polarity) before reporting values`
  }
}
