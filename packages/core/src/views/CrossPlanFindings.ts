import { Result } from "effect"
import type { LedgerState } from "../ledger/LedgerState.js"
import * as Money from "../money/Money.js"
import * as BudgetLineSubject from "../plan/budget/BudgetLineSubject.js"
import { UNSPECIFIED_FUNDING_SOURCE } from "../plan/budget/events.js"
import * as Resource from "../plan/content/Resource.js"
import type { PlanState } from "../plan/PlanState.js"
import * as BudgetStatement from "../plan/budget/views/BudgetStatement.js"
import * as FindingFigure from "../plan/views/FindingFigure.js"
import * as FindingSeverity from "../plan/views/FindingSeverity.js"
import { findPlan, type PlanNotFound } from "../plan/views/PlanNotFound.js"
import type { Severity } from "./ReconciliationFindings.js"
import { RECONCILIATION_TOLERANCE } from "../plan/views/Rounding.js"
import * as StaffingTotals from "../plan/staffing/views/StaffingTotals.js"

/**
 * Which two places a cross-plan finding compares:
 * - `carried-plan-differs` — a budget line that carries another plan against that plan's budget
 *   (controllable expenditure with its controllable total, FTE with its FTE total);
 * - `budget-fte-differs-from-staffing` — a plan's budget FTE total against its staffing total;
 * - `variation-opening-differs-from-prior-plan` — a plan's printed variation-statement opening
 *   against its prior plan's controllable total;
 * - `resources-differ-from-budget-lines` — a local plan's key-action resources from one funding
 *   source against the budget lines of its partnership's plan that name the same source.
 *
 * @category models
 * @since 0.3.0
 */
export type CrossPlanFindingCode =
  | "carried-plan-differs"
  | "budget-fte-differs-from-staffing"
  | "variation-opening-differs-from-prior-plan"
  | "resources-differ-from-budget-lines"

/**
 * One side of a comparison: the plan, what the figure is in the table's own words, and the figure
 * itself, `amount` (pence for money, hundredths for FTE).
 *
 * @category models
 * @since 0.3.0
 */
export interface PlanFigure {
  readonly planId: string
  readonly title: string
  /** What the figure is, as the message words it ("a controllable total of"). */
  readonly what: string
  readonly amount: number
}

/**
 * A figure that appears in two places and differs: both plans, both figures, the difference
 * (`plan` minus `otherPlan`) and the rounding tolerance that decides its severity.
 *
 * @category models
 * @since 0.3.0
 */
export interface CrossPlanFinding {
  readonly severity: Exclude<Severity, "info">
  readonly code: CrossPlanFindingCode
  readonly subject: string
  readonly message: string
  readonly measure: "money" | "fte"
  readonly plan: PlanFigure
  readonly otherPlan: PlanFigure
  readonly difference: number
  readonly tolerance: number
}

/**
 * A comparison that could not be made, and why: a carried or prior plan the ledger does not hold
 * (or that records no budget), or a local plan's funding sources that no budget line of its
 * partnership names. Information, never an error.
 *
 * @category models
 * @since 0.3.0
 */
export interface NotCompared {
  readonly planId: string
  readonly otherPlanId: string | undefined
  readonly subject: string
  readonly reason: string
}

/**
 * What `check --all` and `check --with-related` print.
 *
 * @category models
 * @since 0.3.0
 */
export interface CrossPlanReport {
  /** The plan the report is about, or `undefined` for every plan of the ledger. */
  readonly planId: string | undefined
  /** How many plans the comparisons read. */
  readonly plansCompared: number
  readonly findings: ReadonlyArray<CrossPlanFinding>
  readonly notCompared: ReadonlyArray<NotCompared>
}

interface Comparison {
  readonly code: CrossPlanFindingCode
  readonly subject: string
  readonly measure: "money" | "fte"
  readonly plan: PlanFigure
  readonly otherPlan: PlanFigure
  readonly tolerance: number
}

const compare = (comparison: Comparison): ReadonlyArray<CrossPlanFinding> => {
  const { measure, plan, otherPlan, tolerance } = comparison
  const difference = plan.amount - otherPlan.amount
  if (difference === 0) return []
  const severity = FindingSeverity.ofDifference(difference, tolerance)
  const sides = `${plan.title} (${plan.planId}) states ${plan.what} ${FindingFigure.inText(measure, plan.amount)}; ${otherPlan.title} (${otherPlan.planId}) states ${otherPlan.what} ${FindingFigure.inText(measure, otherPlan.amount)}; difference ${FindingFigure.inText(measure, difference)}`
  return [
    {
      ...comparison,
      severity,
      difference,
      message: `${comparison.subject}: ${sides}${severity === "warning" ? ", which the rounding of the published figures explains" : " — more than rounding can explain; check both tables"}`
    }
  ]
}

const side = (plan: PlanState, what: string, amount: number): PlanFigure => ({ planId: plan.planId, title: plan.title, what, amount })

interface Outcome {
  readonly findings: Array<CrossPlanFinding>
  readonly notCompared: Array<NotCompared>
}

const budgetOf = (ledger: LedgerState, plan: PlanState): BudgetStatement.BudgetStatement | undefined =>
  plan.budgetLines.size === 0 ? undefined : Result.getOrUndefined(BudgetStatement.project(ledger, plan.planId))

// The other plan of a comparison with its budget, or nothing — and the comparison listed as not made,
// saying why: the ledger does not hold that plan, or it records no budget lines.
const otherBudget = (
  ledger: LedgerState,
  plan: PlanState,
  otherPlanId: string,
  subject: string,
  named: string,
  outcome: Outcome
): { readonly other: PlanState; readonly budget: BudgetStatement.BudgetStatement } | undefined => {
  const other = ledger.plans.get(otherPlanId)
  const budget = other === undefined ? undefined : budgetOf(ledger, other)
  if (other !== undefined && budget !== undefined) return { other, budget }
  const reason = other === undefined ? `the ledger does not hold ${named}` : `${named} records no budget lines`
  outcome.notCompared.push({ planId: plan.planId, otherPlanId, subject, reason })
  return undefined
}

const carriedPlans = (ledger: LedgerState, plan: PlanState, outcome: Outcome): void => {
  for (const line of plan.budgetLines.values()) {
    if (line.carriedPlanId === undefined) continue
    const subject = `${BudgetLineSubject.of(line)} carries plan "${line.carriedPlanId}"`
    const found = otherBudget(ledger, plan, line.carriedPlanId, subject, "that plan", outcome)
    if (found === undefined) continue
    const { other: carried, budget: carriedBudget } = found
    const lineFigures = BudgetStatement.controllableExpenditure(line.figures)
    const carriedLines = carriedBudget.lines.length
    outcome.findings.push(
      ...compare({
        code: "carried-plan-differs",
        subject: `${subject}: controllable expenditure`,
        measure: "money",
        plan: side(plan, "for the line a controllable expenditure of", lineFigures),
        otherPlan: side(carried, "a controllable total of", carriedBudget.totals.controllableExpenditure),
        tolerance: RECONCILIATION_TOLERANCE.carriedPlanControllable(carriedLines)
      }),
      ...compare({
        code: "carried-plan-differs",
        subject: `${subject}: FTE`,
        measure: "fte",
        plan: side(plan, "for the line", line.figures.fte),
        otherPlan: side(carried, "a budget FTE total of", carriedBudget.totals.fte),
        tolerance: RECONCILIATION_TOLERANCE.carriedPlanFte(carriedLines)
      })
    )
  }
}

const budgetFteAgainstStaffing = (ledger: LedgerState, plan: PlanState, outcome: Outcome): void => {
  const budget = budgetOf(ledger, plan)
  const staffing = Result.getOrUndefined(StaffingTotals.project(ledger, plan.planId))
  const staffingFte = staffing?.totals.fte
  if (budget === undefined || staffing === undefined || staffingFte === undefined || staffing.totals.source.fte === "none") return
  const staffingFigures = staffing.totals.source.fte === "rows" ? staffing.rows.length : 1
  outcome.findings.push(
    ...compare({
      code: "budget-fte-differs-from-staffing",
      subject: "budget FTE total vs staffing total",
      measure: "fte",
      plan: side(plan, "in its budget table a total of", budget.totals.fte),
      otherPlan: side(plan, "in its staffing table a total of", staffingFte),
      tolerance: RECONCILIATION_TOLERANCE.budgetFteAgainstStaffing(budget.lines.length, staffingFigures)
    })
  )
}

const variationOpeningAgainstPriorPlan = (ledger: LedgerState, plan: PlanState, outcome: Outcome): void => {
  const opening = plan.variationOpening
  if (opening === undefined || plan.priorPlanId === undefined) return
  const subject = `variation statement opening "${opening.label}" vs prior plan "${plan.priorPlanId}"`
  const found = otherBudget(ledger, plan, plan.priorPlanId, subject, "the prior plan", outcome)
  if (found === undefined) return
  const { other: prior, budget: priorBudget } = found
  outcome.findings.push(
    ...compare({
      code: "variation-opening-differs-from-prior-plan",
      subject,
      measure: "money",
      plan: side(plan, "as its opening budget", opening.amount),
      otherPlan: side(prior, "a controllable total of", priorBudget.totals.controllableExpenditure),
      tolerance: RECONCILIATION_TOLERANCE.variationOpeningAgainstPriorPlan(priorBudget.lines.length)
    })
  )
}

// Funding sources are compared as named, ignoring case and spacing ("Standards fund" is "Standards Fund").
const sourceKey = (source: string): string => source.trim().replace(/\s+/gu, " ").toLowerCase()

const resourcesAgainstBudgetLines = (ledger: LedgerState, plan: PlanState, outcome: Outcome): void => {
  if (plan.kind !== "local-children-and-young-peoples-plan") return
  const resources = Resource.totals(
    [...plan.keyActions.values()].flatMap((action) => (action.funding === undefined ? [] : [Resource.parse(action.funding)]))
  ).bySource.flatMap(({ fundingSource, amount }) => (fundingSource === undefined ? [] : [{ fundingSource, amount }]))
  if (resources.length === 0) return
  const budgetPlans = [...ledger.plans.values()].filter(
    (other) => other.ownerId === plan.ownerId && other.planId !== plan.planId && other.budgetLines.size > 0
  )
  if (budgetPlans.length === 0) {
    outcome.notCompared.push({
      planId: plan.planId,
      otherPlanId: undefined,
      subject: "key-action resources by funding source",
      reason: `no other plan of ${plan.ownerId} records budget lines to compare them with`
    })
    return
  }
  for (const budgetPlan of budgetPlans) {
    const linesBySource = new Map<string, Array<Money.Pence>>()
    for (const line of budgetPlan.budgetLines.values()) {
      if (line.fundingSource === UNSPECIFIED_FUNDING_SOURCE) continue
      const key = sourceKey(line.fundingSource)
      linesBySource.set(key, [...(linesBySource.get(key) ?? []), BudgetStatement.controllableExpenditure(line.figures)])
    }
    const named = resources.filter(({ fundingSource }) => linesBySource.has(sourceKey(fundingSource)))
    if (named.length === 0) {
      outcome.notCompared.push({
        planId: plan.planId,
        otherPlanId: budgetPlan.planId,
        subject: "key-action resources by funding source",
        reason: `no budget line names a funding source the resources name (${resources.map(({ fundingSource }) => fundingSource).join(", ")})`
      })
      continue
    }
    for (const { fundingSource, amount } of named) {
      const lines = linesBySource.get(sourceKey(fundingSource)) ?? []
      outcome.findings.push(
        ...compare({
          code: "resources-differ-from-budget-lines",
          subject: `resources from "${fundingSource}"`,
          measure: "money",
          plan: side(plan, "in its key actions' resources", amount),
          otherPlan: side(
            budgetPlan,
            `on the budget lines funded from it (${lines.length}) a controllable expenditure of`,
            Money.sum(lines)
          ),
          tolerance: RECONCILIATION_TOLERANCE.resourcesAgainstBudgetLines(lines.length)
        })
      )
    }
  }
}

const CHECKS = [carriedPlans, budgetFteAgainstStaffing, variationOpeningAgainstPriorPlan, resourcesAgainstBudgetLines] as const

/**
 * Every figure that appears in two plans (or in two tables of one plan) and differs: a line that
 * carries another plan against that plan's budget, a budget's FTE against its staffing total, a
 * variation statement's opening against the prior plan's budget, and a local plan's resources
 * by funding source against its partnership's budget lines that name the source. Each finding
 * names both plans and both figures, with the severity every finding has (`FindingSeverity`).
 * With `planId`, only what concerns that plan: the comparisons it is on either side of.
 *
 * @example
 * import { CrossPlanFindings, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const ledger = Ledger.make({ store: InMemoryEventStore.make() })
 * const report = CrossPlanFindings.project(await ledger.state(), {}) // Success({ findings: [], … })
 *
 * @category projections
 * @since 0.3.0
 */
export const project = (
  ledger: LedgerState,
  options: { readonly planId?: string | undefined }
): Result.Result<CrossPlanReport, PlanNotFound> =>
  Result.gen(function* () {
    const { planId } = options
    if (planId !== undefined) yield* findPlan(ledger, planId)
    const outcome: Outcome = { findings: [], notCompared: [] }
    for (const plan of ledger.plans.values()) for (const check of CHECKS) check(ledger, plan, outcome)
    const concerns = (sides: ReadonlyArray<string | undefined>) => planId === undefined || sides.includes(planId)
    return {
      planId,
      plansCompared: ledger.plans.size,
      findings: outcome.findings.filter((finding) => concerns([finding.plan.planId, finding.otherPlan.planId])),
      notCompared: outcome.notCompared.filter((entry) => concerns([entry.planId, entry.otherPlanId]))
    }
  })
