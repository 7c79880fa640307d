import type { VariationSection } from "../budget/events.js"
import * as Money from "../money/Money.js"
import type { StatedFigure, VariationItemState } from "../plan/PlanState.js"
import * as BudgetStatement from "./BudgetStatement.js"
import type { LedgerState } from "./LedgerState.js"
import { requirePlan } from "./PlanNotFound.js"

/**
 * Where the opening budget of a variation statement comes from: the prior plan's computed
 * controllable total when that plan is in the ledger, else the figure this plan prints, else
 * nothing (zero).
 *
 * @category models
 * @since 0.1.0
 */
export type OpeningSource =
  | { readonly kind: "prior-plan"; readonly priorPlanId: string }
  | { readonly kind: "stated" }
  | { readonly kind: "none" }

/**
 * The order in which sections appear in a variation statement.
 *
 * @category constants
 * @since 0.1.0
 */
export const SECTION_ORDER: ReadonlyArray<VariationSection> = ["base-adjustment", "pressure", "saving"]

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
  readonly sections: ReadonlyArray<{
    readonly section: VariationSection
    readonly items: ReadonlyArray<VariationItemState>
    readonly subtotal: Money.Pence
  }>
  /** Opening plus every item. */
  readonly closing: StatedFigure
  /** The closing figure the plan prints, if it prints one. */
  readonly statedClosing: StatedFigure | undefined
  readonly budgetControllableTotal: Money.Pence
  /** Budget statement controllable total minus the computed closing budget. */
  readonly difference: Money.Pence
}

/**
 * Projects a plan's variation statement. Reads the whole ledger because the opening budget may
 * come from the prior plan.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): VariationStatement => {
  const plan = requirePlan(ledger, planId)
  const priorPlan = plan.priorPlanId === undefined ? undefined : ledger.plans.get(plan.priorPlanId)
  const opening: VariationStatement["opening"] =
    priorPlan !== undefined
      ? {
          label: `${priorPlan.title} controllable total`,
          amount: BudgetStatement.project(priorPlan).totals.controllableExpenditure,
          source: { kind: "prior-plan", priorPlanId: priorPlan.planId }
        }
      : plan.variationOpening !== undefined
        ? { ...plan.variationOpening, source: { kind: "stated" } }
        : { label: "No opening budget recorded", amount: Money.zero, source: { kind: "none" } }
  const items = [...plan.variationItems.values()]
  const sections = SECTION_ORDER.map((section) => {
    const sectionItems = items.filter((item) => item.section === section)
    return { section, items: sectionItems, subtotal: Money.sum(sectionItems.map((item) => item.amount)) }
  })
  const closingAmount = Money.sum([opening.amount, ...sections.map((section) => section.subtotal)])
  const budgetControllableTotal = BudgetStatement.project(plan).totals.controllableExpenditure
  return {
    planId,
    opening,
    sections,
    closing: { label: plan.variationClosing?.label ?? "Closing budget", amount: closingAmount },
    statedClosing: plan.variationClosing,
    budgetControllableTotal,
    difference: Money.subtract(budgetControllableTotal, closingAmount)
  }
}
