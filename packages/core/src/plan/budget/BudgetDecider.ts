import { Either, Schema } from "effect"
import { match } from "ts-pattern"
import { unlessEquivalent } from "../../internal/unlessEquivalent.js"
import { withoutUndefined } from "../../internal/withoutUndefined.js"
import { InvalidFigure } from "../../money/InvalidFigure.js"
import type { BudgetCommand } from "./BudgetCommand.js"
import { keyInUnit, labelInUnit } from "../Unit.js"
import type { BudgetState } from "./BudgetState.js"
import { DuplicateActivity } from "./DuplicateActivity.js"
import { InvalidLineMapping } from "./InvalidLineMapping.js"
import {
  type BudgetEvent,
  type BudgetLineFigures,
  type LineMappingKind,
  BudgetLineRevised,
  MemorandumItemRecorded,
  PriorYearLinesMapped,
  StatedTotals,
  UNSPECIFIED_FUNDING_SOURCE,
  VariationClosingStated,
  VariationItemRecorded,
  VariationOpeningStated
} from "./events.js"

type Decision = Either.Either<ReadonlyArray<BudgetEvent>, DuplicateActivity | InvalidFigure | InvalidLineMapping>

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
  const existing = plan.budgetLines.get(line.lineId)
  const holder = plan.lineIdByActivity.get(keyInUnit(unit ?? existing?.unit, activity))
  if (holder !== undefined && holder !== line.lineId) {
    return Either.left(new DuplicateActivity({ planId: line.planId, activity, existingLineId: holder }))
  }
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

// How many lines each side of a mapping of each kind names: [prior-year lines, this year's lines].
const MAPPING_SHAPE: {
  readonly [Kind in LineMappingKind]: {
    readonly prior: string
    readonly current: string
    readonly fits: (prior: number, current: number) => boolean
  }
} = {
  split: { prior: "one", current: "two or more", fits: (prior, current) => prior === 1 && current >= 2 },
  merged: { prior: "two or more", current: "one", fits: (prior, current) => prior >= 2 && current === 1 },
  "moved-in": { prior: "one or more", current: "one or more", fits: () => true }
}

const mappingViolation = (plan: BudgetState, mapping: typeof PriorYearLinesMapped.Type): InvalidLineMapping | undefined => {
  const refuse = (problem: string, fix: string) =>
    new InvalidLineMapping({ planId: mapping.planId, mappingId: mapping.mappingId, problem, fix })
  const shape = MAPPING_SHAPE[mapping.kind]
  if (!shape.fits(mapping.priorLineIds.length, mapping.lineIds.length)) {
    return refuse(
      `a ${mapping.kind} mapping names ${shape.prior} prior-year line(s) and ${shape.current} line(s) of this year, not ${mapping.priorLineIds.length} and ${mapping.lineIds.length}`,
      "name the lines on each side, or choose the kind that fits"
    )
  }
  if (mapping.kind === "moved-in" && mapping.fromPlanId === undefined)
    return refuse("a moved-in mapping names the plan the lines came from", "give the other unit's plan of the prior year")
  for (const lineId of mapping.lineIds) {
    const line = plan.budgetLines.get(lineId)
    if (line === undefined) return refuse(`the plan has no budget line ${lineId}`, "import the budget first, or name one of its line ids")
    if (line.prior === undefined)
      return refuse(`budget line "${line.activity}" states no prior-year figures to compare`, "import its prior_controllable and prior_fte")
    for (const other of plan.lineMappings.values()) {
      if (other.mappingId !== mapping.mappingId && other.lineIds.includes(lineId)) {
        return refuse(`budget line "${line.activity}" is already mapped by "${other.mappingId}"`, "map each line of this year once")
      }
    }
  }
  return undefined
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
    .with({ _tag: "MapPriorYearLines" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "PriorYearLinesMapped" as const, ...fields }
      const violation = mappingViolation(plan, produced)
      if (violation !== undefined) return Either.left(violation)
      return Either.right(unlessEquivalent(PriorYearLinesMapped, plan.lineMappings.get(fields.mappingId), produced, produced))
    })
    .with({ _tag: "StateBudgetTotals" }, ({ _tag, ...fields }): Decision => {
      const held = fields.unit === undefined ? plan.statedTotals : plan.unitStatedTotals.get(fields.unit)
      return Either.right(
        unlessEquivalent(StatedTotals, held?.get(fields.row), fields.stated, { _tag: "BudgetTotalsStated" as const, ...fields })
      )
    })
    .with({ _tag: "SetMemorandumItem" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "MemorandumItemRecorded" as const, ...fields }
      return Either.right(
        unlessEquivalent(MemorandumItemRecorded, plan.memorandumItems.get(keyInUnit(fields.unit, fields.itemId)), produced, produced)
      )
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
    .with({ _tag: "SetBudgetLine" }, ({ activity, unit }) => labelInUnit(`budget line "${activity}"`, unit))
    .with({ _tag: "MapPriorYearLines" }, ({ mappingId }) => `line mapping "${mappingId}"`)
    .with({ _tag: "StateBudgetTotals" }, ({ row, unit }) =>
      labelInUnit(`the stated ${row === "controllable-totals" ? "Controllable Totals" : "Total Cost of Unit"} row`, unit)
    )
    .with({ _tag: "SetMemorandumItem" }, ({ name, unit }) => labelInUnit(`memorandum item "${name}"`, unit))
    .with({ _tag: "StateVariationOpening" }, () => "the variation statement's opening budget")
    .with({ _tag: "SetVariationItem" }, ({ description }) => `variation item "${description}"`)
    .with({ _tag: "StateVariationClosing" }, () => "the variation statement's closing budget")
    .exhaustive()
