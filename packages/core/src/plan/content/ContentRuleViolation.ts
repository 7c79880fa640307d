import { Data } from "effect"

/**
 * Progress was recorded for a key action the plan does not hold.
 *
 * @category errors
 * @since 0.2.0
 */
export class ActionNotInPlan extends Data.TaggedError("ActionNotInPlan")<{ readonly planId: string; readonly actionId: string }> {
  override get message(): string {
    return `key action "${this.actionId}" is not in plan "${this.planId}": import the plan's actions before their progress`
  }
}

/**
 * A progress update lacks what its status needs: a slipped action needs its new target date, a
 * withdrawn one the reason.
 *
 * @category errors
 * @since 0.2.0
 */
export class ProgressIncomplete extends Data.TaggedError("ProgressIncomplete")<{
  readonly planId: string
  readonly actionId: string
  readonly status: string
  readonly missing: string
}> {
  override get message(): string {
    return `progress of key action "${this.actionId}" is "${this.status}" but gives no ${this.missing}: add it`
  }
}
