import { isTaggedErrorIn } from "@plan-ledger/eventstore"
import { FigureRefused } from "../money/FigureRefused.js"
import { InvalidFigure } from "../money/InvalidFigure.js"
import { DuplicateActivity } from "./budget/DuplicateActivity.js"
import { InvalidBudgetLine } from "./budget/InvalidBudgetLine.js"
import { InvalidLineMapping } from "./budget/InvalidLineMapping.js"
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
  InvalidLineMapping,
  InvalidBudgetLine,
  InvalidFigure,
  FigureRefused,
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

// Every violation's tag, typed over the union: a violation added to the list above fails to
// compile until its tag is here. Tags, not classes, recognise an error, so one made by another
// copy of this package (a store loaded beside a bundled command) is recognised too.
const PLAN_RULE_VIOLATION_TAGS: { readonly [Tag in PlanRuleViolation["_tag"]]: true } = {
  PlanNotDrafted: true,
  PlanAlreadyDrafted: true,
  PlanAlreadyApproved: true,
  ApprovedPlanChangeRefused: true,
  PlanIsSuperseded: true,
  DuplicateActivity: true,
  InvalidLineMapping: true,
  InvalidBudgetLine: true,
  InvalidFigure: true,
  FigureRefused: true,
  IndicatorNotInPlan: true,
  ActionNotInPlan: true,
  ProgressIncomplete: true
}

/**
 * Whether a value is one of the plan rule violations.
 *
 * @category guards
 * @since 0.2.0
 */
export const isPlanRuleViolation = (value: unknown): value is PlanRuleViolation => isTaggedErrorIn(PLAN_RULE_VIOLATION_TAGS, value)
