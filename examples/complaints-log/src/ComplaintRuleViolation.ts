import { Data } from "effect"

/**
 * A complaint id that is already in the log was received again with other details.
 *
 * @category errors
 * @since 0.1.0
 */
export class ComplaintAlreadyReceived extends Data.TaggedError("ComplaintAlreadyReceived")<{ readonly complaintId: string }> {
  override get message(): string {
    return `complaint ${this.complaintId} is already in the log with other details: give the new complaint its own reference`
  }
}

/**
 * A complaint the log does not hold was acknowledged or resolved.
 *
 * @category errors
 * @since 0.1.0
 */
export class ComplaintNotReceived extends Data.TaggedError("ComplaintNotReceived")<{ readonly complaintId: string }> {
  override get message(): string {
    return `complaint ${this.complaintId} is not in the log: record it as received first`
  }
}

/**
 * A resolved complaint was acknowledged or resolved again with another finding.
 *
 * @category errors
 * @since 0.1.0
 */
export class ComplaintAlreadyResolved extends Data.TaggedError("ComplaintAlreadyResolved")<{
  readonly complaintId: string
  readonly resolvedOn: string
}> {
  override get message(): string {
    return `complaint ${this.complaintId} was resolved on ${this.resolvedOn}: a resolved complaint is not changed, record a new complaint instead`
  }
}

/**
 * A date before the complaint was received.
 *
 * @category errors
 * @since 0.1.0
 */
export class DateBeforeReceipt extends Data.TaggedError("DateBeforeReceipt")<{
  readonly complaintId: string
  readonly date: string
  readonly receivedOn: string
}> {
  override get message(): string {
    return `complaint ${this.complaintId} was received on ${this.receivedOn}, so it cannot be answered on ${this.date}: check the date`
  }
}

/**
 * Every rule of the complaints log a command may break.
 *
 * @category errors
 * @since 0.1.0
 */
export type ComplaintRuleViolation = ComplaintAlreadyReceived | ComplaintNotReceived | ComplaintAlreadyResolved | DateBeforeReceipt
