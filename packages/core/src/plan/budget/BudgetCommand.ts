import type { CommandOf } from "../../internal/CommandOf.js"
import type { Schema } from "effect"
import {
  BudgetLineAdded,
  BudgetLineCarriesPlan,
  BudgetTotalsStated,
  MemorandumItemRecorded,
  PriorYearLinesMapped,
  VariationClosingStated,
  VariationItemRecorded,
  VariationOpeningStated
} from "./events.js"

type SetBudgetLineFields = Omit<typeof BudgetLineAdded.Type, "fundingSource"> & { readonly fundingSource?: string }

/**
 * The commands that set a plan's budget and variation statement. Each is idempotent: the same
 * content again records nothing. `SetBudgetLine` adds, revises, renames or moves a line under its
 * stable line id; a line whose command names no funding source is recorded as `"unspecified"`; a
 * row printed without an activity label gives its `rowType` instead. `LinkCarriedPlan` says a
 * line carries another plan's whole budget.
 *
 * @category commands
 * @since 0.2.0
 */
export type BudgetCommand =
  | CommandOf<"SetBudgetLine", SetBudgetLineFields & { readonly _tag: "BudgetLineAdded" }>
  | CommandOf<"LinkCarriedPlan", typeof BudgetLineCarriesPlan.Type>
  | CommandOf<"MapPriorYearLines", typeof PriorYearLinesMapped.Type>
  | CommandOf<"StateBudgetTotals", typeof BudgetTotalsStated.Type>
  | CommandOf<"SetMemorandumItem", typeof MemorandumItemRecorded.Type>
  | CommandOf<"StateVariationOpening", typeof VariationOpeningStated.Type>
  | CommandOf<"SetVariationItem", typeof VariationItemRecorded.Type>
  | CommandOf<"StateVariationClosing", typeof VariationClosingStated.Type>

/**
 * Every budget command's tag with the schema of the event it asks for, whose fields it carries:
 * a record, so a new command fails to compile until it is listed.
 *
 * @category guards
 * @since 0.2.0
 */
export const BUDGET_COMMAND_FIELDS: { readonly [Tag in BudgetCommand["_tag"]]: Schema.Top } = {
  SetBudgetLine: BudgetLineAdded,
  LinkCarriedPlan: BudgetLineCarriesPlan,
  MapPriorYearLines: PriorYearLinesMapped,
  StateBudgetTotals: BudgetTotalsStated,
  SetMemorandumItem: MemorandumItemRecorded,
  StateVariationOpening: VariationOpeningStated,
  SetVariationItem: VariationItemRecorded,
  StateVariationClosing: VariationClosingStated
}
