import { match } from "ts-pattern"
import type { UnlabelledRowType } from "./events.js"

/**
 * What messages need to name a budget line.
 *
 * @category models
 * @since 0.3.0
 */
export interface NamedLine {
  readonly lineId: string
  readonly activity?: string | undefined
  readonly rowType?: UnlabelledRowType | undefined
  readonly continues?: string | undefined
}

/**
 * How findings, refusals and history name a budget line: by its label, or — for a row printed
 * without one — by what it is and its line id, since a blank label names nothing.
 *
 * @example
 * import { BudgetLineSubject } from "@plan-ledger/core/adapters"
 * BudgetLineSubject.of({ lineId: "education-welfare-continuation-1", rowType: "continuation", continues: "education-welfare" })
 * // 'continuation row "education-welfare-continuation-1" of budget line "education-welfare"'
 *
 * @category derivations
 * @since 0.3.0
 */
export const of = (line: NamedLine): string =>
  match(line.rowType)
    .with(undefined, () => `budget line "${line.activity ?? line.lineId}"`)
    .with("continuation", () => `continuation row "${line.lineId}" of budget line "${line.continues ?? ""}"`)
    .with("unlabelled", () => `unlabelled budget line "${line.lineId}"`)
    .exhaustive()
