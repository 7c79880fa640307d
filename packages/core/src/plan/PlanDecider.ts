import { Either } from "effect"
import { match } from "ts-pattern"
import type { BudgetLineFigures } from "../budget/events.js"
import type { PlanEvent } from "../event/DomainEvent.js"
import { canonicalJson } from "../event/EventHash.js"
import { isTaggedWith } from "../internal/isTaggedWith.js"
import * as Period from "../period/Period.js"
import type { PlanCommand } from "./PlanCommand.js"
import {
  ApprovedPlanChangeRefused,
  DuplicateActivity,
  IndicatorNotInPlan,
  InvalidFigure,
  PlanAlreadyApproved,
  PlanAlreadyDrafted,
  PlanIsSuperseded,
  PlanNotDrafted,
  type PlanRuleViolation
} from "./PlanRuleViolation.js"
import { type EnvelopeFacts, evolve, indicatorValueKey, type PlanState, staffingRowKey } from "./PlanState.js"

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

const same = (left: unknown, right: unknown): boolean => canonicalJson(left) === canonicalJson(right)

// Rule breaks are thrown inside the decider and returned as values by `decide`.
const refuse = (violation: PlanRuleViolation): never => {
  throw violation
}

const ensure = (condition: boolean, violation: () => PlanRuleViolation): void => {
  if (!condition) refuse(violation())
}

const describeCommand = (command: PlanCommand): string =>
  match(command)
    .with({ _tag: "DraftPlan" }, { _tag: "RevisePlan" }, { _tag: "ApprovePlan" }, { _tag: "SupersedePlan" }, () => "the plan")
    .with({ _tag: "AddPriority" }, ({ code }) => `priority ${code}`)
    .with({ _tag: "AssignLeadRole" }, ({ code }) => `lead role ${code}`)
    .with({ _tag: "AddKeyAction" }, ({ actionId }) => `key action ${actionId}`)
    .with({ _tag: "RecordRisk" }, ({ riskId }) => `risk ${riskId}`)
    .with({ _tag: "RecordConsultation" }, ({ consultationId }) => `consultation ${consultationId}`)
    .with({ _tag: "SetBudgetLine" }, ({ activity }) => `budget line "${activity}"`)
    .with({ _tag: "StateBudgetTotals" }, ({ row }) => `the stated ${row} row`)
    .with({ _tag: "SetMemorandumItem" }, ({ name }) => `memorandum item "${name}"`)
    .with({ _tag: "StateVariationOpening" }, () => "the variation statement's opening budget")
    .with({ _tag: "SetVariationItem" }, ({ description }) => `variation item "${description}"`)
    .with({ _tag: "StateVariationClosing" }, () => "the variation statement's closing budget")
    .with({ _tag: "SetStaffingRow" }, ({ name }) => `staffing row "${name}"`)
    .with({ _tag: "StateStaffingTotal" }, () => "the stated staffing total")
    .with({ _tag: "SetExternalFunding" }, ({ source }) => `externally funded FTE from "${source}"`)
    .with({ _tag: "JustifyStaffingMovement" }, ({ category }) => `staffing movement "${category}"`)
    .with({ _tag: "ExplainStaffingChange" }, () => "the staffing explanation")
    .with({ _tag: "AddPlanIndicator" }, ({ code }) => `indicator ${code}`)
    .with({ _tag: "ReportIndicatorValue" }, { _tag: "ReportIndicatorUnavailable" }, ({ code, kind, period }) => `the ${kind} of ${code} for ${Period.label(period)}`)
    .exhaustive()

const checkLineFigures = (planId: string, activity: string, figures: BudgetLineFigures): void => {
  const subject = `budget line "${activity}"`
  ensure(figures.externalIncome <= 0, () => new InvalidFigure({ planId, subject, field: "external income", rule: "is income and is written as a negative amount (for example -80.0)" }))
  ensure(figures.internalIncome <= 0, () => new InvalidFigure({ planId, subject, field: "internal income", rule: "is income and is written as a negative amount (for example -140.4)" }))
  ensure(figures.fte >= 0, () => new InvalidFigure({ planId, subject, field: "FTE", rule: "cannot be negative" }))
}

/** Emits `event` unless the state already holds exactly this content. */
const unlessAlready = (held: unknown, wanted: unknown, event: PlanEvent): ReadonlyArray<PlanEvent> =>
  held !== undefined && same(held, wanted) ? [] : [event]

const setBudgetLine = (plan: PlanState, command: Extract<PlanCommand, { _tag: "SetBudgetLine" }>): ReadonlyArray<PlanEvent> => {
  const { _tag, activity, unit, ...line } = command
  checkLineFigures(plan.planId, activity, line.figures)
  for (const other of plan.budgetLines.values()) {
    if (other.lineId !== line.lineId && other.activity === activity) {
      refuse(new DuplicateActivity({ planId: plan.planId, activity, existingLineId: other.lineId }))
    }
  }
  const existing = plan.budgetLines.get(line.lineId)
  if (existing === undefined) return [{ ...command, _tag: "BudgetLineAdded" }]
  const events: Array<PlanEvent> = []
  if (existing.activity !== activity) events.push({ _tag: "BudgetLineRenamed", planId: plan.planId, lineId: line.lineId, activity })
  if (unit !== undefined && existing.unit !== unit) events.push({ _tag: "BudgetLineMoved", planId: plan.planId, lineId: line.lineId, unit })
  const held = { cabinetMember: existing.cabinetMember, figures: existing.figures, prior: existing.prior, stated: existing.stated }
  const wanted = { cabinetMember: line.cabinetMember, figures: line.figures, prior: line.prior, stated: line.stated }
  if (!same(held, wanted)) events.push({ ...line, _tag: "BudgetLineRevised" })
  return events
}

const contentEvents = (plan: PlanState, command: Exclude<PlanCommand, { _tag: "DraftPlan" | "RevisePlan" | "ApprovePlan" | "SupersedePlan" }>): ReadonlyArray<PlanEvent> =>
  match(command)
    .with({ _tag: "AddPriority" }, ({ _tag, ...fields }) => unlessAlready(plan.priorities.get(fields.code), { _tag: "PlanPriorityAdded", ...fields }, { _tag: "PlanPriorityAdded", ...fields }))
    .with({ _tag: "AssignLeadRole" }, ({ _tag, ...fields }) => unlessAlready(plan.leadRoles.get(fields.code), { _tag: "LeadRoleAssigned", ...fields }, { _tag: "LeadRoleAssigned", ...fields }))
    .with({ _tag: "AddKeyAction" }, ({ _tag, ...fields }) => unlessAlready(plan.keyActions.get(fields.actionId), { _tag: "KeyActionAdded", ...fields }, { _tag: "KeyActionAdded", ...fields }))
    .with({ _tag: "RecordRisk" }, ({ _tag, ...fields }) => unlessAlready(plan.risks.get(fields.riskId), { _tag: "RiskRecorded", ...fields }, { _tag: "RiskRecorded", ...fields }))
    .with({ _tag: "RecordConsultation" }, ({ _tag, ...fields }) =>
      unlessAlready(plan.consultations.get(fields.consultationId), { _tag: "ConsultationRecorded", ...fields }, { _tag: "ConsultationRecorded", ...fields })
    )
    .with({ _tag: "SetBudgetLine" }, (setLine) => setBudgetLine(plan, setLine))
    .with({ _tag: "StateBudgetTotals" }, ({ _tag, ...fields }) => unlessAlready(plan.statedTotals.get(fields.row), fields.stated, { _tag: "BudgetTotalsStated", ...fields }))
    .with({ _tag: "SetMemorandumItem" }, ({ _tag, planId, ...item }) =>
      unlessAlready(plan.memorandumItems.get(item.itemId), { ...item, priorAmount: item.priorAmount }, { _tag: "MemorandumItemRecorded", planId, ...item })
    )
    .with({ _tag: "StateVariationOpening" }, ({ _tag, planId, ...figure }) => unlessAlready(plan.variationOpening, figure, { _tag: "VariationOpeningStated", planId, ...figure }))
    .with({ _tag: "SetVariationItem" }, ({ _tag, planId, ...item }) => {
      if (item.section === "saving") {
        ensure(item.amount <= 0, () => new InvalidFigure({ planId, subject: `variation item "${item.description}"`, field: "amount", rule: "is a saving and is written as a negative amount (for example -23)" }))
      }
      return unlessAlready(plan.variationItems.get(item.itemId), { ...item, justification: item.justification }, { _tag: "VariationItemRecorded", planId, ...item })
    })
    .with({ _tag: "StateVariationClosing" }, ({ _tag, planId, ...figure }) => unlessAlready(plan.variationClosing, figure, { _tag: "VariationClosingStated", planId, ...figure }))
    .with({ _tag: "SetStaffingRow" }, ({ _tag, planId, ...row }) => {
      const subject = `staffing row "${row.name}"`
      ensure((row.fte ?? 0) >= 0 && (row.priorFte ?? 0) >= 0, () => new InvalidFigure({ planId, subject, field: "FTE", rule: "cannot be negative" }))
      return unlessAlready(plan.staffingRows.get(staffingRowKey(row.rowType, row.name)), row, { _tag: "StaffingRowRecorded", planId, ...row })
    })
    .with({ _tag: "StateStaffingTotal" }, ({ _tag, planId, ...total }) => unlessAlready(plan.staffingTotal, total, { _tag: "StaffingTotalStated", planId, ...total }))
    .with({ _tag: "SetExternalFunding" }, ({ _tag, ...fields }) => unlessAlready(plan.externalFunding.get(fields.source), fields.fte, { _tag: "ExternalFundingRecorded", ...fields }))
    .with({ _tag: "JustifyStaffingMovement" }, ({ _tag, ...fields }) =>
      unlessAlready(plan.staffingMovements.get(fields.category), fields.fte, { _tag: "StaffingMovementJustified", ...fields })
    )
    .with({ _tag: "ExplainStaffingChange" }, ({ _tag, ...fields }) => unlessAlready(plan.staffingExplanation, fields.explanation, { _tag: "StaffingChangeExplained", ...fields }))
    .with({ _tag: "AddPlanIndicator" }, ({ _tag, ...fields }) => {
      const existing = plan.indicators.get(fields.code)
      const held = existing === undefined ? undefined : { ...existing, planId: plan.planId, values: undefined }
      return unlessAlready(held, { ...fields, values: undefined }, { _tag: "PlanIndicatorAdded", ...fields })
    })
    .with({ _tag: "ReportIndicatorValue" }, ({ _tag, ...fields }) => {
      const indicator = plan.indicators.get(fields.code)
      if (indicator === undefined) return refuse(new IndicatorNotInPlan({ planId: plan.planId, code: fields.code }))
      const held = indicator.values.get(indicatorValueKey(fields.area, fields.period, fields.kind))
      return unlessAlready(held, { status: "available", area: fields.area, period: fields.period, kind: fields.kind, value: fields.value, qualifiers: fields.qualifiers }, { _tag: "IndicatorValueReported", ...fields })
    })
    .with({ _tag: "ReportIndicatorUnavailable" }, ({ _tag, ...fields }) => {
      const indicator = plan.indicators.get(fields.code)
      if (indicator === undefined) return refuse(new IndicatorNotInPlan({ planId: plan.planId, code: fields.code }))
      const held = indicator.values.get(indicatorValueKey(fields.area, fields.period, fields.kind))
      return unlessAlready(held, { status: "unavailable", area: fields.area, period: fields.period, kind: fields.kind, reason: fields.reason }, { _tag: "IndicatorValueUnavailable", ...fields })
    })
    .exhaustive()

const decideOrThrow = (command: PlanCommand, plan: PlanState | undefined, context: DecisionContext): ReadonlyArray<PlanEvent> => {
  if (command._tag === "DraftPlan") {
    const { _tag, ...fields } = command
    if (plan === undefined) return [{ _tag: "PlanDrafted", ...fields }]
    const held = { planId: plan.planId, kind: plan.kind, title: plan.title, ownerId: plan.ownerId, period: plan.period, priorPlanId: plan.priorPlanId }
    return same(held, fields) ? [] : refuse(new PlanAlreadyDrafted({ planId: fields.planId }))
  }
  if (plan === undefined) return refuse(new PlanNotDrafted({ planId: command.planId, command: describeCommand(command) }))
  if (plan.supersession !== undefined) return refuse(new PlanIsSuperseded({ planId: plan.planId, supersededBy: plan.supersession.supersededBy }))
  const approval = plan.approval
  return match(command)
    .with({ _tag: "RevisePlan" }, ({ _tag, ...fields }): ReadonlyArray<PlanEvent> => {
      if (approval !== undefined) return refuse(new PlanAlreadyApproved({ planId: plan.planId, ...approval }))
      return plan.revisions.includes(fields.revision) ? [] : [{ _tag: "PlanRevised", ...fields }]
    })
    .with({ _tag: "ApprovePlan" }, ({ _tag, ...fields }): ReadonlyArray<PlanEvent> => {
      if (approval === undefined) return [{ _tag: "PlanApproved", ...fields }]
      return same(approval, { approvedBy: fields.approvedBy, approvedOn: fields.approvedOn })
        ? []
        : refuse(new PlanAlreadyApproved({ planId: plan.planId, ...approval }))
    })
    .with({ _tag: "SupersedePlan" }, ({ _tag, ...fields }): ReadonlyArray<PlanEvent> => [{ _tag: "PlanSuperseded", ...fields }])
    .otherwise((contentCommand) => {
      const events = contentEvents(plan, contentCommand)
      if (events.length === 0 || approval === undefined) return events
      const subject = describeCommand(contentCommand)
      const authority = context.authority
      if (authority === undefined || authority.trim() === "") {
        return refuse(new ApprovedPlanChangeRefused({ planId: plan.planId, subject, ...approval }))
      }
      return [{ _tag: "PlanRestated", planId: plan.planId, subject, authority }, ...events]
    })
}

/**
 * Decides what one command means for a plan in its current state: the events to record (none
 * when the command changes nothing), or the rule it breaks.
 *
 * Rules: a plan is drafted once; nothing applies to a plan that was not drafted or that was
 * superseded; after approval every change is a restatement that needs an authority (and emits
 * `PlanRestated` before the change); incomes and savings are negative, FTE is not; two budget
 * lines never share a label; indicator values need the indicator in the plan.
 *
 * @category deciders
 * @since 0.1.0
 */
export const decide = (
  command: PlanCommand,
  plan: PlanState | undefined,
  context: DecisionContext = {}
): Either.Either<ReadonlyArray<PlanEvent>, PlanRuleViolation> => {
  try {
    return Either.right(decideOrThrow(command, plan, context))
  } catch (caught) {
    if (isPlanRuleViolation(caught)) return Either.left(caught)
    throw caught
  }
}

const isPlanRuleViolation = isTaggedWith<PlanRuleViolation>([
  "PlanNotDrafted",
  "PlanAlreadyDrafted",
  "PlanAlreadyApproved",
  "ApprovedPlanChangeRefused",
  "PlanIsSuperseded",
  "DuplicateActivity",
  "InvalidFigure",
  "IndicatorNotInPlan"
])

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
): Either.Either<ReadonlyArray<PlanEvent>, PlanRuleViolation> => {
  let plan: PlanState | undefined
  for (const event of history) plan = evolve(plan, event.data, event)
  const decided: Array<PlanEvent> = []
  for (const command of commands) {
    const decision = decide(command, plan, context)
    if (Either.isLeft(decision)) return decision
    for (const event of decision.right) {
      plan = evolve(plan, event, context)
      decided.push(event)
    }
  }
  return Either.right(decided)
}
