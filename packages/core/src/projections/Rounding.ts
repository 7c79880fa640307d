import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"

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
  budgetTable: Money.pence(Money.PENCE_PER_THOUSAND / 10 / 2),
  variationStatement: Money.pence(Money.PENCE_PER_THOUSAND / 2),
  fteTable: Fte.hundredths(Fte.HUNDREDTHS_PER_FTE / 10 / 2)
} as const

/**
 * The largest difference rounding can explain when `figureCount` published figures, each rounded
 * to a unit whose half is `halfUnit`, enter a comparison (the summed figures and the stated one).
 *
 * @category derivations
 * @since 0.1.0
 */
export const tolerance = (figureCount: number, halfUnit: number): number => figureCount * halfUnit
