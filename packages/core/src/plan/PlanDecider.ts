import { Result } from "effect"
import { Decider, type EnvelopeFacts } from "@plan-ledger/eventstore"
import { hasTagIn } from "../internal/hasTagIn.js"
import { BUDGET_COMMAND_FIELDS, type BudgetCommand } from "./budget/BudgetCommand.js"
import * as BudgetDecider from "./budget/BudgetDecider.js"
import { CONTENT_COMMAND_TAGS, type ContentCommand } from "./content/ContentCommand.js"
import * as ContentDecider from "./content/ContentDecider.js"
import type { IndicatorsCommand } from "./indicators/IndicatorsCommand.js"
import * as IndicatorsDecider from "./indicators/IndicatorsDecider.js"
import { LIFECYCLE_COMMAND_TAGS, type LifecycleCommand } from "./lifecycle/LifecycleCommand.js"
import * as LifecycleDecider from "./lifecycle/LifecycleDecider.js"
import { ApprovedPlanChangeRefused, PlanIsSuperseded, PlanNotDrafted } from "./lifecycle/LifecycleRuleViolation.js"
import { readCommandFigures, type SliceCommand } from "./CommandFigures.js"
import type { PlanCommand } from "./PlanCommand.js"
import type { PlanEvent } from "./PlanEvent.js"
import { evolve, type PlanAccumulator } from "./PlanEvolve.js"
import type { PlanRuleViolation } from "./PlanRuleViolation.js"
import * as PlanSlices from "./PlanSlices.js"
import type { PlanState } from "./PlanState.js"
import { STAFFING_COMMAND_FIELDS, type StaffingCommand } from "./staffing/StaffingCommand.js"
import * as StaffingDecider from "./staffing/StaffingDecider.js"

/**
 * What the decider knows of the command's provenance: an authority turns a change to an approved
 * plan into a recorded restatement.
 *
 * @category models
 * @since 0.1.0
 */
export interface DecisionContext {
  readonly authority?: string | undefined
}

type Decision = Result.Result<ReadonlyArray<PlanEvent>, PlanRuleViolation>

const isLifecycleCommand = hasTagIn<LifecycleCommand>(LIFECYCLE_COMMAND_TAGS)
const isContentCommand = hasTagIn<ContentCommand>(CONTENT_COMMAND_TAGS)
const isBudgetCommand = hasTagIn<BudgetCommand>(BUDGET_COMMAND_FIELDS)
const isStaffingCommand = hasTagIn<StaffingCommand>(STAFFING_COMMAND_FIELDS)

// What a command is about, in its slice's words (for restatements and refusals). The last branch
// only type-checks when every slice's commands were described before it.
const subjectOf = (command: SliceCommand): string => {
  if (isContentCommand(command)) return ContentDecider.describe(command)
  if (isBudgetCommand(command)) return BudgetDecider.describe(command)
  if (isStaffingCommand(command)) return StaffingDecider.describe(command)
  const indicators: IndicatorsCommand = command
  return IndicatorsDecider.describe(indicators)
}

// Progress on a key action reports on the plan rather than changing it: monitoring, which goes on
// after approval without restating anything.
const isMonitoring = (command: SliceCommand): boolean => command._tag === "RecordActionProgress"

/**
 * Decides what one command means for a plan in its current state: the events to record (none
 * when the command changes nothing), or the rule it breaks — always as a value, never thrown.
 *
 * Rules: a plan is drafted once; nothing applies to a plan that was not drafted or that was
 * superseded; after approval every change is a restatement that needs an authority (and emits
 * `PlanRestated` before the change), while progress on key actions is monitoring and goes on; each slice keeps its own rules (incomes and savings are
 * negative, FTE is not, two budget lines never share a label, indicator values need the indicator
 * in the plan). A lifecycle command goes to the lifecycle slice's decider, any other to the slice
 * that owns it (`PlanSlices`), once the plan's own rules allow it.
 *
 * @category deciders
 * @since 0.1.0
 */
export const decide = (command: PlanCommand, plan: PlanState | undefined, context: DecisionContext = {}): Decision => {
  // The lifecycle decider's context is the envelope's facts (its fold keeps a restatement's), more
  // than this function is given; its `decide` reads none of them.
  if (isLifecycleCommand(command)) return LifecycleDecider.decide(command, plan)
  const read = readCommandFigures(command)
  if (Result.isFailure(read)) return Result.fail(read.failure)
  const sliceCommand = read.success
  const subject = subjectOf(sliceCommand)
  return whenOpen(plan, sliceCommand.planId, subject, (open) => restatedIfApproved(open, sliceCommand, subject, context))
}

// Nothing applies to a plan that was not drafted or that was superseded.
const whenOpen = (plan: PlanState | undefined, planId: string, subject: string, decideOpen: (plan: PlanState) => Decision): Decision => {
  if (plan === undefined) return Result.fail(new PlanNotDrafted({ planId, command: subject }))
  if (plan.supersession !== undefined) return Result.fail(new PlanIsSuperseded({ planId, supersededBy: plan.supersession.supersededBy }))
  return decideOpen(plan)
}

// The slice's decision; after approval a change is recorded only as a restatement on someone's
// authority.
const restatedIfApproved = (plan: PlanState, command: SliceCommand, subject: string, context: DecisionContext): Decision => {
  const decision = PlanSlices.decider.decide(command, plan, context)
  const approval = plan.approval
  if (Result.isFailure(decision) || decision.success.length === 0 || approval === undefined || isMonitoring(command)) return decision
  const authority = context.authority
  if (authority === undefined || authority.trim() === "") {
    return Result.fail(new ApprovedPlanChangeRefused({ planId: plan.planId, subject, ...approval }))
  }
  return Result.succeed([{ _tag: "PlanRestated", planId: plan.planId, subject, authority }, ...decision.success])
}

/**
 * The plan aggregate as one decider: `decide` above, and the plan fold (`PlanEvolve`) as
 * `evolve`, each event recorded under its envelope's facts. Its state is the plan's accumulator
 * (`undefined` before the draft): a state folded from `initialState` is the folder's own, and
 * `evolve` updates it in place (see docs/architecture.md, "Folds update an accumulator they own").
 *
 * @category deciders
 * @since 0.3.0
 */
export const decider: Decider.Decider<PlanState | undefined, PlanCommand, PlanEvent, PlanRuleViolation, EnvelopeFacts> = {
  initialState: () => undefined,
  decide,
  evolve: (plan, event, facts) => evolve(plan as PlanAccumulator | undefined, event, facts)
}

// A plan's state from its stream, each event folded under its own envelope's facts.
const stateOf = (history: Iterable<{ readonly data: PlanEvent } & EnvelopeFacts>): PlanState | undefined => {
  let plan: PlanAccumulator | undefined
  for (const event of history) plan = evolve(plan, event.data, event)
  return plan
}

/**
 * Decides a sequence of commands against a plan's history, each command seeing the events the
 * ones before it decided: all the events, or the first rule broken (and then none). This is how
 * an import becomes one atomic append.
 *
 * @category deciders
 * @since 0.1.0
 */
export const decideAll = (
  commands: ReadonlyArray<PlanCommand>,
  history: Iterable<{ readonly data: PlanEvent } & EnvelopeFacts>,
  context: EnvelopeFacts
): Decision => Decider.decideAll(decider, commands, stateOf(history), context)

/**
 * One rule a command of a sequence broke: the command's place in the sequence and the violation.
 *
 * @category models
 * @since 0.2.0
 */
export type CommandViolation = Decider.CommandViolation<PlanRuleViolation>

/**
 * Decides a sequence of commands like `decideAll`, but goes on past a broken rule — the command
 * that broke it records nothing, the ones after it are still decided — and returns every rule
 * broken, each with its command's place: how an import lists all its problems at once.
 *
 * @category deciders
 * @since 0.2.0
 */
export const decideEach = (
  commands: ReadonlyArray<PlanCommand>,
  history: Iterable<{ readonly data: PlanEvent } & EnvelopeFacts>,
  context: EnvelopeFacts
): ReadonlyArray<CommandViolation> => Decider.decideEach(decider, commands, stateOf(history), context)
