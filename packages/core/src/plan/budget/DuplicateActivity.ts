import { Data } from "effect"

/**
 * Two budget lines of one plan would carry the same activity label.
 *
 * @category errors
 * @since 0.1.0
 */
export class DuplicateActivity extends Data.TaggedError("DuplicateActivity")<{
  readonly planId: string
  readonly activity: string
  readonly existingLineId: string
}> {
  override get message(): string {
    return `plan "${this.planId}" already has a budget line "${this.activity}" (line id ${this.existingLineId}): give the line another label, or update line ${this.existingLineId}`
  }
}
