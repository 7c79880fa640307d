import { InvalidFigure } from "../money/InvalidFigure.js"
import { DuplicateActivity } from "./budget/DuplicateActivity.js"
import { ActionNotInPlan, ProgressIncomplete } from "./content/ContentRuleViolation.js"
import { IndicatorNotInPlan } from "./indicators/IndicatorNotInPlan.js"
import {
  ApprovedPlanChangeRefused,
  PlanAlreadyApproved,
  PlanAlreadyDrafted,
  PlanIsSuperseded,
  PlanNotDrafted
} from "./lifecycle/LifecycleRuleViolation.js"

/**
 * Every rule a plan command can break, as the classes of its errors. The union type and the
 * guard below are derived from this list, so a rule added here is recognised everywhere.
 *
 * @category errors
 * @since 0.2.0
 */
export const PLAN_RULE_VIOLATIONS = [
  PlanNotDrafted,
  PlanAlreadyDrafted,
  PlanAlreadyApproved,
  ApprovedPlanChangeRefused,
  PlanIsSuperseded,
  DuplicateActivity,
  InvalidFigure,
  IndicatorNotInPlan,
  ActionNotInPlan,
  ProgressIncomplete
] as const

/**
 * Every rule a plan command can break.
 *
 * @category errors
 * @since 0.1.0
 */
export type PlanRuleViolation = InstanceType<(typeof PLAN_RULE_VIOLATIONS)[number]>

/**
 * Whether a value is one of the plan rule violations.
 *
 * @category guards
 * @since 0.2.0
 */
export const isPlanRuleViolation = (value: unknown): value is PlanRuleViolation =>
  PLAN_RULE_VIOLATIONS.some((Violation) => value instanceof Violation)
