import * as Fte from "../../money/Fte.js"
import * as Money from "../../money/Money.js"

/**
 * Half the unit a published figure is rounded to: the most rounding can move it.
 *
 * - budget tables print £000 with one decimal: half of £100 is 5,000 pence;
 * - variation statements print whole £000: half of £1,000 is 50,000 pence;
 * - staffing tables print FTE with one decimal: half of 0.1 FTE is 5 hundredths.
 *
 * @category constants
 * @since 0.1.0
 */
export const HALF_UNIT = {
  budgetTable: Money.Pence.make(Money.PENCE_PER_THOUSAND / 10 / 2),
  variationStatement: Money.Pence.make(Money.PENCE_PER_THOUSAND / 2),
  fteTable: Fte.Fte.make(Fte.HUNDREDTHS_PER_FTE / 10 / 2)
} as const

/**
 * How many published figures, rounded to which unit, enter a comparison.
 *
 * @category models
 * @since 0.2.0
 */
export interface RoundedFigures {
  readonly count: number
  readonly halfUnit: number
}

/**
 * The largest difference rounding can explain when these published figures enter a comparison:
 * half a unit for each of them.
 *
 * @category derivations
 * @since 0.2.0
 */
export const toleranceOf = (...figures: ReadonlyArray<RoundedFigures>): number =>
  figures.reduce((total, { count, halfUnit }) => total + count * halfUnit, 0)

const budgetFigures = (count: number): RoundedFigures => ({ count, halfUnit: HALF_UNIT.budgetTable })
const variationFigures = (count: number): RoundedFigures => ({ count, halfUnit: HALF_UNIT.variationStatement })
const fteFigures = (count: number): RoundedFigures => ({ count, halfUnit: HALF_UNIT.fteTable })

/**
 * The tolerance of every reconciliation, declared as the published figures it compares. A figure
 * computed from the lines carries the rounding of every printed figure it is summed from; the
 * stated figure it is compared with adds its own.
 *
 * @category constants
 * @since 0.2.0
 */
export const RECONCILIATION_TOLERANCE = {
  /** A line's printed gross against its three printed spending columns. */
  lineGrossExpenditure: () => toleranceOf(budgetFigures(3 + 1)),
  /** A line's printed controllable expenditure against its three spending and two income columns. */
  lineControllableExpenditure: () => toleranceOf(budgetFigures(5 + 1)),
  /** A printed column total against the sum of that column over the lines. */
  columnTotal: (lines: number) => toleranceOf(budgetFigures(lines + 1)),
  /** The printed gross total against the lines' gross, each derived from three columns. */
  grossTotal: (lines: number) => toleranceOf(budgetFigures(lines * 3 + 1)),
  /** The printed controllable total against the lines' controllable, each derived from five columns. */
  controllableTotal: (lines: number) => toleranceOf(budgetFigures(lines * 5 + 1)),
  /** The printed total cost of unit: the controllable total plus every memorandum item. */
  totalCostOfUnit: (lines: number, memorandumItems: number) => toleranceOf(budgetFigures(lines * 5 + memorandumItems + 1)),
  /** The printed prior-year controllable total against the lines' prior-year column. */
  priorControllableTotal: (lines: number) => toleranceOf(budgetFigures(lines + 1)),
  /** The printed prior-year total cost of unit: prior-year column plus prior memorandum items. */
  priorTotalCostOfUnit: (lines: number, memorandumItems: number) => toleranceOf(budgetFigures(lines + memorandumItems + 1)),
  /** A printed FTE total against the sum of the lines' or rows' FTE. */
  fteTotal: (rows: number) => toleranceOf(fteFigures(rows + 1)),
  /** The justification of movement against the change in total FTE (two totals and the categories). */
  staffingMovement: (categories: number) => toleranceOf(fteFigures(categories + 2)),
  /**
   * The variation statement's computed closing budget: its opening (a prior plan's budget-table
   * total, or a printed whole-£000 figure) plus every printed item.
   */
  variationClosing: (openingFromPriorPlan: boolean, items: number) =>
    toleranceOf(openingFromPriorPlan ? budgetFigures(1) : variationFigures(1), variationFigures(items)),
  /** The budget table's controllable total against the variation statement's computed closing. */
  variationAgainstBudget: (openingFromPriorPlan: boolean, items: number, lines: number) =>
    RECONCILIATION_TOLERANCE.variationClosing(openingFromPriorPlan, items) + toleranceOf(budgetFigures(lines * 5 + 1)),
  /** The variation statement's printed closing against its computed closing. */
  variationPrintedClosing: (openingFromPriorPlan: boolean, items: number) =>
    RECONCILIATION_TOLERANCE.variationClosing(openingFromPriorPlan, items) + toleranceOf(variationFigures(1)),
  /** The variation statement's printed opening against the budget table's prior-year total. */
  variationOpening: (lines: number) => toleranceOf(variationFigures(1), budgetFigures(lines + 1)),
  /**
   * The prior-year controllable expenditure this plan states for some lines (one printed figure
   * each) against the prior plan's lines they restate (each derived from five printed columns).
   */
  restatedPriorControllable: (lines: number, priorLines: number) => toleranceOf(budgetFigures(lines + priorLines * 5)),
  /** The prior-year FTE this plan states for some lines against the prior plan's lines' FTE. */
  restatedPriorFte: (lines: number, priorLines: number) => toleranceOf(fteFigures(lines + priorLines)),
  /**
   * This plan's prior-year controllable total (the sum of its lines' prior-year column) against the
   * prior plan's controllable total plus the lines moved in (each derived from five columns).
   */
  restatedPriorTotal: (lines: number, priorLines: number) => toleranceOf(budgetFigures(lines + priorLines * 5)),
  /**
   * A line's controllable expenditure (derived from five printed columns) against the controllable
   * total of the plan it carries (each of that plan's lines derived from five).
   */
  carriedPlanControllable: (carriedLines: number) => toleranceOf(budgetFigures(5 + carriedLines * 5)),
  /** A line's printed FTE against the FTE total of the plan it carries. */
  carriedPlanFte: (carriedLines: number) => toleranceOf(fteFigures(1 + carriedLines)),
  /** A budget table's FTE total (its lines) against the staffing total (its rows, or one printed total). */
  budgetFteAgainstStaffing: (lines: number, staffingFigures: number) => toleranceOf(fteFigures(lines + staffingFigures)),
  /** A printed variation-statement opening against the prior plan's controllable total. */
  variationOpeningAgainstPriorPlan: (priorLines: number) => toleranceOf(variationFigures(1), budgetFigures(priorLines * 5)),
  /** Resources stated to the pound (exact) against budget lines' controllable expenditure. */
  resourcesAgainstBudgetLines: (lines: number) => toleranceOf(budgetFigures(lines * 5))
} as const
