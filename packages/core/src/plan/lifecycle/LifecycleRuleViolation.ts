import { Data } from "effect"

/**
 * A command named a plan that has not been drafted.
 *
 * @category errors
 * @since 0.1.0
 */
export class PlanNotDrafted extends Data.TaggedError("PlanNotDrafted")<{ readonly planId: string; readonly command: string }> {
  override get message(): string {
    return `plan "${this.planId}" has not been drafted, so ${this.command} cannot apply: draft the plan first`
  }
}

/**
 * A plan with this id was already drafted with other details.
 *
 * @category errors
 * @since 0.1.0
 */
export class PlanAlreadyDrafted extends Data.TaggedError("PlanAlreadyDrafted")<{ readonly planId: string }> {
  override get message(): string {
    return `plan "${this.planId}" was already drafted with other details: choose another plan id, or revise the existing plan`
  }
}

/**
 * The plan is already approved.
 *
 * @category errors
 * @since 0.1.0
 */
export class PlanAlreadyApproved extends Data.TaggedError("PlanAlreadyApproved")<{
  readonly planId: string
  readonly approvedBy: string
  readonly approvedOn: string
}> {
  override get message(): string {
    return `plan "${this.planId}" was approved by ${this.approvedBy} on ${this.approvedOn}: it cannot be approved or revised again; record changes as restatements`
  }
}

/**
 * A change to an approved plan without an authority: after approval a plan's content changes
 * only by a recorded restatement carrying a reason and an authority.
 *
 * @category errors
 * @since 0.1.0
 */
export class ApprovedPlanChangeRefused extends Data.TaggedError("ApprovedPlanChangeRefused")<{
  readonly planId: string
  readonly subject: string
  readonly approvedBy: string
  readonly approvedOn: string
}> {
  override get message(): string {
    return `plan "${this.planId}" was approved by ${this.approvedBy} on ${this.approvedOn}, so ${this.subject} cannot be changed silently: record it as a restatement by giving an authority (who decided it) and a reason`
  }
}

/**
 * The plan was superseded and takes no more changes.
 *
 * @category errors
 * @since 0.1.0
 */
export class PlanIsSuperseded extends Data.TaggedError("PlanIsSuperseded")<{
  readonly planId: string
  readonly supersededBy: ReadonlyArray<string>
}> {
  override get message(): string {
    const by = this.supersededBy.map((planId) => `"${planId}"`).join(", ")
    return `plan "${this.planId}" was superseded by ${by} and takes no more changes: change the newer plan instead`
  }
}

/**
 * Every rule of a plan's lifecycle a command can break.
 *
 * @category errors
 * @since 0.2.0
 */
export type LifecycleRuleViolation =
  PlanNotDrafted | PlanAlreadyDrafted | PlanAlreadyApproved | ApprovedPlanChangeRefused | PlanIsSuperseded
