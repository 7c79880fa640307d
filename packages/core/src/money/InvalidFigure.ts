import { Data } from "effect"

/**
 * A figure breaks a rule of the published tables (incomes are negative, savings are negative,
 * FTE is not negative).
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidFigure extends Data.TaggedError("InvalidFigure")<{
  readonly planId: string
  readonly subject: string
  readonly field: string
  readonly rule: string
}> {
  override get message(): string {
    return `${this.subject}: ${this.field} ${this.rule}`
  }
}
