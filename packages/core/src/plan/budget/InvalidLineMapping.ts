import { Data } from "effect"

/**
 * A mapping of prior-year lines that cannot be recorded: it names a line the plan does not have,
 * a line without a prior-year figure to compare, a line another mapping already covers, or the
 * wrong number of lines for its kind.
 *
 * @category errors
 * @since 0.3.0
 */
export class InvalidLineMapping extends Data.TaggedError("InvalidLineMapping")<{
  readonly planId: string
  readonly mappingId: string
  readonly problem: string
  readonly fix: string
}> {
  override get message(): string {
    return `line mapping "${this.mappingId}" of plan "${this.planId}": ${this.problem}; ${this.fix}`
  }
}
