import type { CommandOf } from "../../internal/CommandOf.js"
import type { PlanApproved, PlanDrafted, PlanRevised, PlanSuperseded } from "./events.js"

/**
 * The commands of a plan's lifecycle: draft, revise, approve, supersede. (Restatements are not
 * asked for: the decider records one when an approved plan's content changes with an authority.)
 *
 * @category commands
 * @since 0.2.0
 */
export type LifecycleCommand =
  | CommandOf<"DraftPlan", typeof PlanDrafted.Type>
  | CommandOf<"RevisePlan", typeof PlanRevised.Type>
  | CommandOf<"ApprovePlan", typeof PlanApproved.Type>
  | CommandOf<"SupersedePlan", typeof PlanSuperseded.Type>

/**
 * Every lifecycle command's tag, as a record so a new command fails to compile until it is listed.
 *
 * @category guards
 * @since 0.2.0
 */
export const LIFECYCLE_COMMAND_TAGS: { readonly [Tag in LifecycleCommand["_tag"]]: true } = {
  DraftPlan: true,
  RevisePlan: true,
  ApprovePlan: true,
  SupersedePlan: true
}
