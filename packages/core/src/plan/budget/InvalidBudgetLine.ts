import { Data } from "effect"

/**
 * A budget line that cannot be recorded as given: a row with neither an activity label nor a row
 * type saying what it is, a continuation that names no labelled line to continue, a line that
 * would change what it is, or a link to a carried plan on a line the plan does not have.
 *
 * @category errors
 * @since 0.3.0
 */
export class InvalidBudgetLine extends Data.TaggedError("InvalidBudgetLine")<{
  readonly planId: string
  readonly subject: string
  readonly problem: string
  readonly fix: string
}> {
  override get message(): string {
    return `${this.subject} of plan "${this.planId}": ${this.problem}; ${this.fix}`
  }
}
