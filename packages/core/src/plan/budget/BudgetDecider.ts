import type { Decider } from "@plan-ledger/eventstore"
import { Result, Struct } from "effect"
import { match } from "ts-pattern"
import { evolveBy } from "../../internal/SliceHandlers.js"
import { unlessEquivalent } from "../../internal/unlessEquivalent.js"
import { withoutUndefined } from "../../internal/withoutUndefined.js"
import { InvalidFigure } from "../../money/InvalidFigure.js"
import type { BudgetCommand } from "./BudgetCommand.js"
import { keyInUnit, labelInUnit } from "../Unit.js"
import * as BudgetLineSubject from "./BudgetLineSubject.js"
import { type BudgetState, variationItemKey, budgetHandlers, emptyBudget } from "./BudgetState.js"
import { DuplicateActivity } from "./DuplicateActivity.js"
import { InvalidBudgetLine } from "./InvalidBudgetLine.js"
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

type Violation = DuplicateActivity | InvalidBudgetLine | InvalidFigure | InvalidLineMapping

type Decision = Result.Result<ReadonlyArray<BudgetEvent>, Violation>

type SetBudgetLine = Extract<BudgetCommand, { _tag: "SetBudgetLine" }>

// What a revision of a line can change besides its label and unit.
const LineContent = BudgetLineRevised.mapFields(Struct.pick(["cabinetMember", "fundingSource", "figures", "prior", "stated"]))

const lineFigureViolation = (planId: string, subject: string, figures: BudgetLineFigures): InvalidFigure | undefined => {
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

const UNLABELLED_FIX =
  "give its activity label, or a row type: continuation (it continues the labelled line above) or unlabelled (a line printed without a label)"

// A line has a label or a row type saying what its blank label is, never both; a continuation
// continues a labelled line of the plan; and a line keeps what it is once recorded.
const labelViolation = (plan: BudgetState, command: SetBudgetLine, subject: string): InvalidBudgetLine | undefined => {
  const refuse = (problem: string, fix: string) => new InvalidBudgetLine({ planId: command.planId, subject, problem, fix })
  const { activity, rowType, continues } = command
  if (activity === undefined && rowType === undefined) return refuse("has no activity label and no row type", UNLABELLED_FIX)
  if (activity !== undefined && rowType !== undefined)
    return refuse(`has an activity label and the row type ${rowType}`, "leave the label blank for a continuation or unlabelled row")
  if (rowType === "continuation") {
    const continued = continues === undefined ? undefined : plan.budgetLines.get(continues)
    if (continues === undefined || continued === undefined)
      return refuse(`continues no budget line the plan has`, "put it under the labelled line it continues, or give that line's id")
    if (continued.rowType !== undefined)
      return refuse(`continues ${BudgetLineSubject.of(continued)}, which has no label`, "put it under a labelled line")
  } else if (continues !== undefined) return refuse("continues a line but is not a continuation row", "give the row type continuation")
  const existing = plan.budgetLines.get(command.lineId)
  if (existing !== undefined && (existing.rowType !== rowType || existing.continues !== continues))
    return refuse(`was recorded as ${BudgetLineSubject.of(existing)}`, "give this row its own line_id")
  return undefined
}

const setBudgetLine = (plan: BudgetState, command: SetBudgetLine): Decision => {
  const { _tag, activity, unit, fundingSource, rowType, continues, ...given } = command
  const line = { ...given, fundingSource: fundingSource ?? UNSPECIFIED_FUNDING_SOURCE }
  const subject = BudgetLineSubject.of(command)
  const violation = labelViolation(plan, command, subject) ?? lineFigureViolation(line.planId, subject, line.figures)
  if (violation !== undefined) return Result.fail(violation)
  const existing = plan.budgetLines.get(line.lineId)
  const holder = activity === undefined ? undefined : plan.lineIdByActivity.get(keyInUnit(unit ?? existing?.unit, activity))
  if (activity !== undefined && holder !== undefined && holder !== line.lineId) {
    return Result.fail(new DuplicateActivity({ planId: line.planId, activity, existingLineId: holder }))
  }
  if (existing === undefined)
    return Result.succeed([withoutUndefined({ ...line, activity, unit, rowType, continues, _tag: "BudgetLineAdded" as const })])
  const events: Array<BudgetEvent> = []
  if (activity !== undefined && existing.activity !== activity)
    events.push({ _tag: "BudgetLineRenamed", planId: line.planId, lineId: line.lineId, activity })
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
  return Result.succeed(events)
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
 * not, two lines never share a label, a line without a label says what it is, and only a line
 * the plan has can carry another plan. A command whose content the plan already holds records
 * nothing.
 */
const decide = (command: BudgetCommand, plan: BudgetState): Decision =>
  match(command)
    .with({ _tag: "SetBudgetLine" }, (setLine) => setBudgetLine(plan, setLine))
    .with({ _tag: "LinkCarriedPlan" }, ({ _tag, ...fields }): Decision => {
      const line = plan.budgetLines.get(fields.lineId)
      const refuse = (problem: string, fix: string) =>
        Result.fail(new InvalidBudgetLine({ planId: fields.planId, subject: `budget line "${fields.lineId}"`, problem, fix }))
      if (line === undefined)
        return refuse(
          `is not a line of the plan, so it cannot carry plan "${fields.carriedPlanId}"`,
          "import the budget first, or name one of its line ids"
        )
      if (fields.carriedPlanId === fields.planId)
        return refuse("cannot carry its own plan", "name the other plan whose budget the line carries")
      return Result.succeed(line.carriedPlanId === fields.carriedPlanId ? [] : [{ _tag: "BudgetLineCarriesPlan" as const, ...fields }])
    })
    .with({ _tag: "MapPriorYearLines" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "PriorYearLinesMapped" as const, ...fields }
      const violation = mappingViolation(plan, produced)
      if (violation !== undefined) return Result.fail(violation)
      return Result.succeed(unlessEquivalent(PriorYearLinesMapped, plan.lineMappings.get(fields.mappingId), produced, produced))
    })
    .with({ _tag: "StateBudgetTotals" }, ({ _tag, ...fields }): Decision => {
      const held = fields.unit === undefined ? plan.statedTotals : plan.unitStatedTotals.get(fields.unit)
      return Result.succeed(
        unlessEquivalent(StatedTotals, held?.get(fields.row), fields.stated, { _tag: "BudgetTotalsStated" as const, ...fields })
      )
    })
    .with({ _tag: "SetMemorandumItem" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "MemorandumItemRecorded" as const, ...fields }
      return Result.succeed(
        unlessEquivalent(MemorandumItemRecorded, plan.memorandumItems.get(keyInUnit(fields.unit, fields.itemId)), produced, produced)
      )
    })
    .with({ _tag: "StateVariationOpening" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "VariationOpeningStated" as const, ...fields }
      return Result.succeed(unlessEquivalent(VariationOpeningStated, plan.variationOpening, produced, produced))
    })
    .with({ _tag: "SetVariationItem" }, ({ _tag, ...fields }): Decision => {
      if (fields.section === "saving" && fields.amount > 0) {
        return Result.fail(
          new InvalidFigure({
            planId: fields.planId,
            subject: `variation item "${fields.description}"`,
            field: "amount",
            rule: "is a saving and is written as a negative amount (for example -23)"
          })
        )
      }
      const produced = { _tag: "VariationItemRecorded" as const, ...fields }
      const held = plan.variationItems.get(variationItemKey(fields.section, fields.itemId))
      return Result.succeed(unlessEquivalent(VariationItemRecorded, held, produced, produced))
    })
    .with({ _tag: "StateVariationClosing" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "VariationClosingStated" as const, ...fields }
      return Result.succeed(unlessEquivalent(VariationClosingStated, plan.variationClosing, produced, produced))
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
    .with({ _tag: "SetBudgetLine" }, (command) => labelInUnit(BudgetLineSubject.of(command), command.unit))
    .with({ _tag: "LinkCarriedPlan" }, ({ lineId, carriedPlanId }) => `budget line "${lineId}" carrying plan "${carriedPlanId}"`)
    .with({ _tag: "MapPriorYearLines" }, ({ mappingId }) => `line mapping "${mappingId}"`)
    .with({ _tag: "StateBudgetTotals" }, ({ row, unit }) =>
      labelInUnit(`the stated ${row === "controllable-totals" ? "Controllable Totals" : "Total Cost of Unit"} row`, unit)
    )
    .with({ _tag: "SetMemorandumItem" }, ({ name, unit }) => labelInUnit(`memorandum item "${name}"`, unit))
    .with({ _tag: "StateVariationOpening" }, () => "the variation statement's opening budget")
    .with({ _tag: "SetVariationItem" }, ({ description }) => `variation item "${description}"`)
    .with({ _tag: "StateVariationClosing" }, () => "the variation statement's closing budget")
    .exhaustive()

/**
 * The budget slice as a decider: `decide` above, the slice's fold (`budgetHandlers`) as
 * `evolve` and the slice of a freshly drafted plan as its initial state. It reads nothing of the
 * context. `evolve` updates the accumulator it is handed in place (see docs/architecture.md,
 * "Folds update an accumulator they own").
 *
 * @category deciders
 * @since 0.5.0
 */
export const decider: Decider.Decider<BudgetState, BudgetCommand, BudgetEvent, Violation, unknown> = {
  initialState: emptyBudget,
  decide,
  evolve: evolveBy<BudgetState, BudgetEvent, unknown>(budgetHandlers)
}
