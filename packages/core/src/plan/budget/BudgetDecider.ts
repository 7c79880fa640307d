import { Either, Schema } from "effect"
import { match } from "ts-pattern"
import { unlessEquivalent } from "../../internal/unlessEquivalent.js"
import { withoutUndefined } from "../../internal/withoutUndefined.js"
import { InvalidFigure } from "../../money/InvalidFigure.js"
import type { BudgetCommand } from "./BudgetCommand.js"
import type { BudgetState } from "./BudgetState.js"
import { DuplicateActivity } from "./DuplicateActivity.js"
import {
  type BudgetEvent,
  type BudgetLineFigures,
  BudgetLineRevised,
  MemorandumItemRecorded,
  StatedTotals,
  UNSPECIFIED_FUNDING_SOURCE,
  VariationClosingStated,
  VariationItemRecorded,
  VariationOpeningStated
} from "./events.js"

type Decision = Either.Either<ReadonlyArray<BudgetEvent>, DuplicateActivity | InvalidFigure>

// What a revision of a line can change besides its label and unit.
const LineContent = BudgetLineRevised.pipe(Schema.pick("cabinetMember", "fundingSource", "figures", "prior", "stated"))

const lineFigureViolation = (planId: string, activity: string, figures: BudgetLineFigures): InvalidFigure | undefined => {
  const subject = `budget line "${activity}"`
  if (figures.externalIncome > 0) {
    return new InvalidFigure({
      planId,
      subject,
      field: "external income",
      rule: "is income and is written as a negative amount (for example -80.0)"
    })
  }
  if (figures.internalIncome > 0) {
    return new InvalidFigure({
      planId,
      subject,
      field: "internal income",
      rule: "is income and is written as a negative amount (for example -140.4)"
    })
  }
  if (figures.fte < 0) return new InvalidFigure({ planId, subject, field: "FTE", rule: "cannot be negative" })
  return undefined
}

const setBudgetLine = (plan: BudgetState, command: Extract<BudgetCommand, { _tag: "SetBudgetLine" }>): Decision => {
  const { _tag, activity, unit, fundingSource, ...given } = command
  const line = { ...given, fundingSource: fundingSource ?? UNSPECIFIED_FUNDING_SOURCE }
  const violation = lineFigureViolation(line.planId, activity, line.figures)
  if (violation !== undefined) return Either.left(violation)
  for (const other of plan.budgetLines.values()) {
    if (other.lineId !== line.lineId && other.activity === activity) {
      return Either.left(new DuplicateActivity({ planId: line.planId, activity, existingLineId: other.lineId }))
    }
  }
  const existing = plan.budgetLines.get(line.lineId)
  if (existing === undefined) return Either.right([withoutUndefined({ ...line, activity, unit, _tag: "BudgetLineAdded" as const })])
  const events: Array<BudgetEvent> = []
  if (existing.activity !== activity) events.push({ _tag: "BudgetLineRenamed", planId: line.planId, lineId: line.lineId, activity })
  if (unit !== undefined && existing.unit !== unit) events.push({ _tag: "BudgetLineMoved", planId: line.planId, lineId: line.lineId, unit })
  const held = {
    cabinetMember: existing.cabinetMember,
    fundingSource: existing.fundingSource,
    figures: existing.figures,
    prior: existing.prior,
    stated: existing.stated
  }
  const wanted = {
    cabinetMember: line.cabinetMember,
    fundingSource: line.fundingSource,
    figures: line.figures,
    prior: line.prior,
    stated: line.stated
  }
  events.push(...unlessEquivalent(LineContent, held, wanted, { ...line, _tag: "BudgetLineRevised" as const }))
  return Either.right(events)
}

/**
 * What a budget command records, or the rule it breaks: incomes and savings are negative, FTE is
 * not, and two lines never share a label. A command whose content the plan already holds records
 * nothing.
 *
 * @category deciders
 * @since 0.2.0
 */
export const decide = (command: BudgetCommand, plan: BudgetState): Decision =>
  match(command)
    .with({ _tag: "SetBudgetLine" }, (setLine) => setBudgetLine(plan, setLine))
    .with({ _tag: "StateBudgetTotals" }, ({ _tag, ...fields }): Decision =>
      Either.right(
        unlessEquivalent(StatedTotals, plan.statedTotals.get(fields.row), fields.stated, { _tag: "BudgetTotalsStated" as const, ...fields })
      )
    )
    .with({ _tag: "SetMemorandumItem" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "MemorandumItemRecorded" as const, ...fields }
      return Either.right(unlessEquivalent(MemorandumItemRecorded, plan.memorandumItems.get(fields.itemId), produced, produced))
    })
    .with({ _tag: "StateVariationOpening" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "VariationOpeningStated" as const, ...fields }
      return Either.right(unlessEquivalent(VariationOpeningStated, plan.variationOpening, produced, produced))
    })
    .with({ _tag: "SetVariationItem" }, ({ _tag, ...fields }): Decision => {
      if (fields.section === "saving" && fields.amount > 0) {
        return Either.left(
          new InvalidFigure({
            planId: fields.planId,
            subject: `variation item "${fields.description}"`,
            field: "amount",
            rule: "is a saving and is written as a negative amount (for example -23)"
          })
        )
      }
      const produced = { _tag: "VariationItemRecorded" as const, ...fields }
      return Either.right(unlessEquivalent(VariationItemRecorded, plan.variationItems.get(fields.itemId), produced, produced))
    })
    .with({ _tag: "StateVariationClosing" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "VariationClosingStated" as const, ...fields }
      return Either.right(unlessEquivalent(VariationClosingStated, plan.variationClosing, produced, produced))
    })
    .exhaustive()

/**
 * What a budget command is about, in the table's own words (for restatements and refusals).
 *
 * @category deciders
 * @since 0.2.0
 */
export const describe = (command: BudgetCommand): string =>
  match(command)
    .with({ _tag: "SetBudgetLine" }, ({ activity }) => `budget line "${activity}"`)
    .with(
      { _tag: "StateBudgetTotals" },
      ({ row }) => `the stated ${row === "controllable-totals" ? "Controllable Totals" : "Total Cost of Unit"} row`
    )
    .with({ _tag: "SetMemorandumItem" }, ({ name }) => `memorandum item "${name}"`)
    .with({ _tag: "StateVariationOpening" }, () => "the variation statement's opening budget")
    .with({ _tag: "SetVariationItem" }, ({ description }) => `variation item "${description}"`)
    .with({ _tag: "StateVariationClosing" }, () => "the variation statement's closing budget")
    .exhaustive()
