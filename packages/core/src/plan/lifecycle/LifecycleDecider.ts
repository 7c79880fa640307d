import type { Decider, EnvelopeFacts } from "@plan-ledger/eventstore"
import { Result, Schema } from "effect"
import { match } from "ts-pattern"
import { evolveBy } from "../../internal/SliceHandlers.js"
import { withoutUndefined } from "../../internal/withoutUndefined.js"
import { type LifecycleEvent, PlanDrafted } from "./events.js"
import type { LifecycleCommand } from "./LifecycleCommand.js"
import { PlanAlreadyApproved, PlanAlreadyDrafted, PlanIsSuperseded, PlanNotDrafted } from "./LifecycleRuleViolation.js"
import { drafted, lifecycleHandlers, type LifecycleState } from "./LifecycleState.js"

type Violation = PlanNotDrafted | PlanAlreadyDrafted | PlanAlreadyApproved | PlanIsSuperseded

type Decision = Result.Result<ReadonlyArray<LifecycleEvent>, Violation>

const sameDraft = Schema.toEquivalence(PlanDrafted)

// Drafting a plan: recorded once; drafting it again with identical details records nothing, with
// other details is refused.
const draft = (command: Extract<LifecycleCommand, { _tag: "DraftPlan" }>, plan: LifecycleState | undefined): Decision => {
  const { _tag, ...fields } = command
  const produced = withoutUndefined({ _tag: "PlanDrafted" as const, ...fields })
  if (plan === undefined) return Result.succeed([produced])
  const held = withoutUndefined({
    _tag: "PlanDrafted" as const,
    planId: plan.planId,
    kind: plan.kind,
    title: plan.title,
    ownerId: plan.ownerId,
    period: plan.period,
    priorPlanId: plan.priorPlanId
  })
  return sameDraft(held, produced) ? Result.succeed([]) : Result.fail(new PlanAlreadyDrafted({ planId: fields.planId }))
}

// Revising, approving and superseding a drafted plan. A plan is approved once (approving it again
// by the same body on the same date records nothing) and is not revised after approval. A plan
// may be superseded by several plans on the same date (a county-wide plan replaced by local
// ones), each recorded as it is named; after that it takes no more changes (naming a successor
// again records nothing).
const decideDrafted = (command: Exclude<LifecycleCommand, { _tag: "DraftPlan" }>, plan: LifecycleState): Decision => {
  const supersession = plan.supersession
  if (supersession !== undefined) {
    if (command._tag === "SupersedePlan" && command.supersededOn === supersession.supersededOn) {
      const { _tag, ...fields } = command
      return Result.succeed(supersession.supersededBy.includes(fields.supersededBy) ? [] : [{ _tag: "PlanSuperseded", ...fields }])
    }
    return Result.fail(new PlanIsSuperseded({ planId: plan.planId, supersededBy: supersession.supersededBy }))
  }
  const approval = plan.approval
  const approvedAlready = (by: NonNullable<LifecycleState["approval"]>): Decision =>
    Result.fail(new PlanAlreadyApproved({ planId: plan.planId, ...by }))
  return match(command)
    .with({ _tag: "RevisePlan" }, ({ _tag, ...fields }): Decision => {
      if (approval !== undefined) return approvedAlready(approval)
      return Result.succeed(plan.revisions.includes(fields.revision) ? [] : [{ _tag: "PlanRevised", ...fields }])
    })
    .with({ _tag: "ApprovePlan" }, ({ _tag, ...fields }): Decision => {
      if (approval === undefined) return Result.succeed([{ _tag: "PlanApproved", ...fields }])
      return approval.approvedBy === fields.approvedBy && approval.approvedOn === fields.approvedOn
        ? Result.succeed([])
        : approvedAlready(approval)
    })
    .with({ _tag: "SupersedePlan" }, ({ _tag, ...fields }): Decision => Result.succeed([{ _tag: "PlanSuperseded", ...fields }]))
    .exhaustive()
}

/**
 * What a lifecycle command records, or the rule it breaks: a plan is drafted once (drafting it
 * again with identical details records nothing, with other details is refused), and nothing else
 * applies to a plan that was not drafted. A plan is approved once (approving it again by the same
 * body on the same date records nothing) and is not revised after approval. A plan may be
 * superseded by several plans on the same date (a county-wide plan replaced by local ones), each
 * recorded as it is named; after that it takes no more changes (naming a successor again records
 * nothing).
 *
 * @category deciders
 * @since 0.2.0
 */
export const decide = (command: LifecycleCommand, plan: LifecycleState | undefined): Decision => {
  if (command._tag === "DraftPlan") return draft(command, plan)
  return plan === undefined
    ? Result.fail(new PlanNotDrafted({ planId: command.planId, command: "the plan" }))
    : decideDrafted(command, plan)
}

const evolveDrafted = evolveBy<LifecycleState, Exclude<LifecycleEvent, typeof PlanDrafted.Type>, EnvelopeFacts>(lifecycleHandlers)

/**
 * The lifecycle slice as a decider: `decide` above, and the slice's fold as `evolve` — a draft
 * starts the slice (`undefined` before it), every later event updates the accumulator it is
 * handed in place, and a restatement keeps the provenance it was recorded with.
 *
 * @category deciders
 * @since 0.5.0
 */
export const decider: Decider.Decider<LifecycleState | undefined, LifecycleCommand, LifecycleEvent, Violation, EnvelopeFacts> = {
  initialState: () => undefined,
  decide,
  evolve: (lifecycle, event, envelope) => {
    if (event._tag === "PlanDrafted") return drafted(event)
    return lifecycle === undefined ? undefined : evolveDrafted(lifecycle, event, envelope)
  }
}
