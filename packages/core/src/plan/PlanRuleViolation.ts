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
  readonly supersededBy: string
}> {
  override get message(): string {
    return `plan "${this.planId}" was superseded by "${this.supersededBy}" and takes no more changes: change the newer plan instead`
  }
}

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

/**
 * Every rule a plan command can break.
 *
 * @category errors
 * @since 0.1.0
 */
export type PlanRuleViolation =
  | PlanNotDrafted
  | PlanAlreadyDrafted
  | PlanAlreadyApproved
  | ApprovedPlanChangeRefused
  | PlanIsSuperseded
  | DuplicateActivity
  | InvalidFigure
  | IndicatorNotInPlan
