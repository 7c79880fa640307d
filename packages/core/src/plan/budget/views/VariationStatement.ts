import { Result } from "effect"
import { match } from "ts-pattern"
import type { VariationSection } from "../events.js"
import * as Money from "../../../money/Money.js"
import type { StatedFigure, VariationItemState } from "../../PlanState.js"
import * as BudgetStatement from "./BudgetStatement.js"
import type { LedgerState } from "../../../ledger/LedgerState.js"
import { findPlan, type PlanNotFound } from "../../views/PlanNotFound.js"
import type { PlanState } from "../../PlanState.js"

/**
 * Where the opening budget of a variation statement comes from: the prior plan's computed
 * controllable total when that plan is in the ledger, else the figure this plan prints, else
 * nothing (zero).
 *
 * @category models
 * @since 0.1.0
 */
export type OpeningSource =
  { readonly kind: "prior-plan"; readonly priorPlanId: string } | { readonly kind: "stated" } | { readonly kind: "none" }

/**
 * The order in which sections appear in a variation statement.
 *
 * @category constants
 * @since 0.1.0
 */
export const SECTION_ORDER: ReadonlyArray<VariationSection> = ["base-adjustment", "pressure", "saving"]

/**
 * A section's heading as a variation statement prints it.
 *
 * @example
 * import { VariationStatement } from "@plan-ledger/core"
 * VariationStatement.sectionTitle("saving") // "Savings"
 *
 * @category formatting
 * @since 0.3.0
 */
export const sectionTitle = (section: VariationSection): string =>
  match(section)
    .with("base-adjustment", () => "Base adjustments")
    .with("pressure", () => "MTP pressures (prices, demand, legislation)")
    .with("saving", () => "Savings")
    .exhaustive()

/**
 * A budget bridge: last year's budget, the adjustments, pressures and savings, the closing budget
 * they add up to, and how far that is from the plan's own budget statement.
 *
 * @category models
 * @since 0.1.0
 */
export interface VariationStatement {
  readonly planId: string
  readonly opening: StatedFigure & { readonly source: OpeningSource }
  /** The opening figure the plan prints, if it prints one (used or not). */
  readonly statedOpening: StatedFigure | undefined
  readonly sections: ReadonlyArray<{
    readonly section: VariationSection
    readonly items: ReadonlyArray<VariationItemState>
    readonly subtotal: Money.Pence
  }>
  /** Opening plus every item. */
  readonly closing: StatedFigure
  /** The closing figure the plan prints, if it prints one. */
  readonly statedClosing: StatedFigure | undefined
  /** Whether the plan records a variation statement at all (an opening, an item or a closing). */
  readonly recorded: boolean
  /** The budget statement's controllable total; `undefined` while the plan records no budget line. */
  readonly budgetControllableTotal: Money.Pence | undefined
  /** Budget statement controllable total minus the computed closing budget; `undefined` without a budget. */
  readonly difference: Money.Pence | undefined
}

/**
 * Projects a plan's variation statement. Reads the whole ledger because the opening budget may
 * come from the prior plan.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): Result.Result<VariationStatement, PlanNotFound> =>
  Result.flatMap(findPlan(ledger, planId), (plan) =>
    Result.map(BudgetStatement.project(ledger, planId), (budget) =>
      statementOf(ledger, plan, budget.lines.length === 0 ? undefined : budget.totals.controllableExpenditure)
    )
  )

const openingOf = (ledger: LedgerState, plan: PlanState): VariationStatement["opening"] => {
  const priorPlan = plan.priorPlanId === undefined ? undefined : ledger.plans.get(plan.priorPlanId)
  const priorBudget = plan.priorPlanId === undefined ? undefined : Result.getOrUndefined(BudgetStatement.project(ledger, plan.priorPlanId))
  if (priorPlan !== undefined && priorBudget !== undefined) {
    return {
      label: `${priorPlan.title} controllable total`,
      amount: priorBudget.totals.controllableExpenditure,
      source: { kind: "prior-plan", priorPlanId: priorPlan.planId }
    }
  }
  if (plan.variationOpening !== undefined) {
    return { label: plan.variationOpening.label, amount: plan.variationOpening.amount, source: { kind: "stated" } }
  }
  return { label: "No opening budget recorded", amount: Money.zero, source: { kind: "none" } }
}

const statementOf = (ledger: LedgerState, plan: PlanState, budgetControllableTotal: Money.Pence | undefined): VariationStatement => {
  const opening = openingOf(ledger, plan)
  const items = [...plan.variationItems.values()]
  const sections = SECTION_ORDER.map((section) => {
    const sectionItems = items.filter((item) => item.section === section)
    return { section, items: sectionItems, subtotal: Money.sum(sectionItems.map((item) => item.amount)) }
  })
  const closingAmount = Money.sum([opening.amount, ...sections.map((section) => section.subtotal)])
  return {
    planId: plan.planId,
    opening,
    statedOpening:
      plan.variationOpening === undefined ? undefined : { label: plan.variationOpening.label, amount: plan.variationOpening.amount },
    sections,
    closing: { label: plan.variationClosing?.label ?? "Closing budget", amount: closingAmount },
    statedClosing: plan.variationClosing,
    recorded: plan.variationOpening !== undefined || items.length > 0 || plan.variationClosing !== undefined,
    budgetControllableTotal,
    difference: budgetControllableTotal === undefined ? undefined : Money.subtract(budgetControllableTotal, closingAmount)
  }
}
