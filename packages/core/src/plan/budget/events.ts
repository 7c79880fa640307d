import { Schema } from "effect"
import { NonEmptyTrimmedString } from "@plan-ledger/eventstore"
import { PlanId } from "../PlanId.js"
import { Unit } from "../Unit.js"
import { Fte } from "../../money/Fte.js"
import { Pence } from "../../money/Money.js"

const LineId = NonEmptyTrimmedString

/**
 * The figures a budget line carries. Gross and controllable expenditure are not here: they are
 * derived (gross = employee + running + contracts; controllable = gross + external income +
 * internal income). Incomes are negative, as published.
 *
 * @category models
 * @since 0.1.0
 */
export const BudgetLineFigures = Schema.Struct({
  fte: Fte,
  employeeCosts: Pence,
  runningCosts: Pence,
  contractsAndProjects: Pence,
  externalIncome: Pence,
  internalIncome: Pence
})

/**
 * @category models
 * @since 0.1.0
 */
export type BudgetLineFigures = typeof BudgetLineFigures.Type

/**
 * The prior year's controllable expenditure and FTE for a line, as this plan states them (often
 * restated against what the prior year's own plan said).
 *
 * @category models
 * @since 0.1.0
 */
export const PriorYearFigures = Schema.Struct({
  controllableExpenditure: Pence,
  fte: Fte
})

/**
 * @category models
 * @since 0.1.0
 */
export type PriorYearFigures = typeof PriorYearFigures.Type

/**
 * Figures a source document prints for a line that the ledger derives itself; kept so the
 * reconciliation can check the printed arithmetic.
 *
 * @category models
 * @since 0.1.0
 */
export const StatedLineFigures = Schema.Struct({
  grossExpenditure: Schema.optional(Pence),
  controllableExpenditure: Schema.optional(Pence)
})

/**
 * @category models
 * @since 0.1.0
 */
export type StatedLineFigures = typeof StatedLineFigures.Type

/**
 * Where a budget line's money comes from, as the plan names it: `"KCC base budget"`,
 * `"Standards Fund"`, `"Sure Start grant"`. `"unspecified"` when the plan does not say — and for
 * every line recorded before lines carried a funding source (schema version 1), because a source
 * the ledger was never told cannot be inferred from the figures.
 *
 * @category models
 * @since 0.3.0
 */
export const FundingSource = NonEmptyTrimmedString

/**
 * The funding source of a line whose plan does not name one.
 *
 * @category constants
 * @since 0.3.0
 */
export const UNSPECIFIED_FUNDING_SOURCE = "unspecified"

/**
 * The fields every version of a line's payload carries.
 *
 * @category models
 * @since 0.3.0
 */
export const lineFieldsVersion1 = {
  planId: PlanId,
  lineId: LineId,
  cabinetMember: Schema.optional(NonEmptyTrimmedString),
  figures: BudgetLineFigures,
  prior: Schema.optional(PriorYearFigures),
  stated: StatedLineFigures
}

/**
 * The fields the line events carry since schema version 2: a funding source on every line.
 *
 * @category models
 * @since 0.3.0
 */
export const lineFields = { ...lineFieldsVersion1, fundingSource: FundingSource }

/**
 * The label and unit a line is added with in schema version 1.
 *
 * @category models
 * @since 0.3.0
 */
export const addedLineFieldsVersion1 = {
  activity: NonEmptyTrimmedString,
  unit: Schema.optional(NonEmptyTrimmedString)
}

/**
 * What a budget row printed without an activity label is:
 * - `continuation` — it continues the labelled line printed above it (`continues`);
 * - `unlabelled` — a line of its own whose label is blank in the source.
 *
 * @category models
 * @since 0.3.0
 */
export const UnlabelledRowType = Schema.Literals(["continuation", "unlabelled"])

/**
 * @category models
 * @since 0.3.0
 */
export type UnlabelledRowType = typeof UnlabelledRowType.Type

/**
 * The label and unit a line is added with. A line has an `activity` label, or — printed without
 * one — a `rowType` saying what it is, never both; a continuation names the line it `continues`.
 * Events written before these optional fields existed all carry an activity, and read unchanged.
 *
 * @category models
 * @since 0.3.0
 */
export const addedLineFields = {
  activity: Schema.optional(NonEmptyTrimmedString),
  unit: Schema.optional(Unit),
  rowType: Schema.optional(UnlabelledRowType),
  continues: Schema.optional(LineId)
}

/**
 * A budget line (one activity) was added to a plan's budget. `lineId` is the line's stable
 * identity; `activity` is its current label, which may later change. Schema version 2: the
 * line names its funding source (version 1 is `BudgetLineAddedVersion1`).
 *
 * @category events
 * @since 0.1.0
 */
export const BudgetLineAdded = Schema.TaggedStruct("BudgetLineAdded", { ...lineFields, ...addedLineFields })

/**
 * A line's figures (or its funding source) were changed. Schema version 2, as for
 * `BudgetLineAdded`.
 *
 * @category events
 * @since 0.1.0
 */
export const BudgetLineRevised = Schema.TaggedStruct("BudgetLineRevised", lineFields)

/**
 * A line was relabelled; its identity and history carry over.
 *
 * @category events
 * @since 0.1.0
 */
export const BudgetLineRenamed = Schema.TaggedStruct("BudgetLineRenamed", {
  planId: PlanId,
  lineId: LineId,
  activity: NonEmptyTrimmedString
})

/**
 * A line moved to another unit (division) of the directorate.
 *
 * @category events
 * @since 0.1.0
 */
export const BudgetLineMoved = Schema.TaggedStruct("BudgetLineMoved", {
  planId: PlanId,
  lineId: LineId,
  unit: Unit
})

/**
 * Budget line `lineId` of plan `planId` carries the whole budget of another plan,
 * `carriedPlanId` (a directorate's line for a partnership's plan): the line's controllable
 * expenditure and FTE then appear in two places, and `check --all` compares them.
 *
 * @category events
 * @since 0.3.0
 */
export const BudgetLineCarriesPlan = Schema.TaggedStruct("BudgetLineCarriesPlan", {
  planId: PlanId,
  lineId: LineId,
  carriedPlanId: PlanId
})

/**
 * How budget lines were re-organised between the prior year and this one:
 * - `split` — one line of the prior year became several of this year;
 * - `merged` — several lines of the prior year became one of this year;
 * - `moved-in` — lines of another unit's or plan's prior year now sit in this plan.
 *
 * @category models
 * @since 0.3.0
 */
export const LineMappingKind = Schema.Literals(["split", "merged", "moved-in"])

/**
 * @category models
 * @since 0.3.0
 */
export type LineMappingKind = typeof LineMappingKind.Type

/**
 * This plan's lines `lineIds` carry, in their prior-year column, what the lines `priorLineIds` of
 * plan `fromPlanId` held (by default the plan's own prior plan), for the reason given (which
 * `check` quotes). `check` then compares the prior-year figures of the two groups, not line by
 * line.
 *
 * @category events
 * @since 0.3.0
 */
export const PriorYearLinesMapped = Schema.TaggedStruct("PriorYearLinesMapped", {
  planId: PlanId,
  mappingId: NonEmptyTrimmedString,
  kind: LineMappingKind,
  fromPlanId: Schema.optional(PlanId),
  priorLineIds: Schema.NonEmptyArray(LineId),
  lineIds: Schema.NonEmptyArray(LineId),
  reason: NonEmptyTrimmedString
})

/**
 * The totals row a table prints. Every figure is optional because tables print some and not
 * others; each printed figure is checked against the sum of the lines.
 *
 * @category models
 * @since 0.1.0
 */
export const StatedTotals = Schema.Struct({
  fte: Schema.optional(Fte),
  employeeCosts: Schema.optional(Pence),
  runningCosts: Schema.optional(Pence),
  contractsAndProjects: Schema.optional(Pence),
  grossExpenditure: Schema.optional(Pence),
  externalIncome: Schema.optional(Pence),
  internalIncome: Schema.optional(Pence),
  controllableExpenditure: Schema.optional(Pence),
  priorControllableExpenditure: Schema.optional(Pence),
  priorFte: Schema.optional(Fte)
})

/**
 * @category models
 * @since 0.1.0
 */
export type StatedTotals = typeof StatedTotals.Type

/**
 * Which totals row of the budget table a stated total comes from.
 *
 * @category models
 * @since 0.1.0
 */
export const TotalsRow = Schema.Literals(["controllable-totals", "total-cost-of-unit"])

/**
 * @category models
 * @since 0.1.0
 */
export type TotalsRow = typeof TotalsRow.Type

/**
 * The source document printed a totals row; recorded as stated so it can be reconciled. With a
 * `unit` (since schema version 3) the row closes that unit's table; without one it is the plan's
 * own totals row — in a plan with several units, the grand total across them.
 *
 * @category events
 * @since 0.1.0
 */
export const BudgetTotalsStated = Schema.TaggedStruct("BudgetTotalsStated", {
  planId: PlanId,
  unit: Schema.optional(Unit),
  row: TotalsRow,
  stated: StatedTotals
})

/**
 * The memorandum items below the controllable totals.
 *
 * @category models
 * @since 0.1.0
 */
export const MemorandumCategory = Schema.Literals(["central-overheads", "directorate-overheads", "capital-charges", "other"])

/**
 * A memorandum item (overheads, capital charges) with this year's and, where printed, the
 * prior year's amount; with a `unit` (since schema version 3), an item of that unit's table.
 *
 * @category events
 * @since 0.1.0
 */
export const MemorandumItemRecorded = Schema.TaggedStruct("MemorandumItemRecorded", {
  planId: PlanId,
  unit: Schema.optional(Unit),
  itemId: NonEmptyTrimmedString,
  name: NonEmptyTrimmedString,
  category: MemorandumCategory,
  amount: Pence,
  priorAmount: Schema.optional(Pence)
})

/**
 * The sections of a variation statement between its opening and closing budgets.
 *
 * @category models
 * @since 0.1.0
 */
export const VariationSection = Schema.Literals(["base-adjustment", "pressure", "saving"])

/**
 * @category models
 * @since 0.1.0
 */
export type VariationSection = typeof VariationSection.Type

/**
 * The opening figure of a variation statement as printed (last year's budget excluding
 * overheads). Used only when the prior plan itself is not in the ledger.
 *
 * @category events
 * @since 0.1.0
 */
export const VariationOpeningStated = Schema.TaggedStruct("VariationOpeningStated", {
  planId: PlanId,
  label: NonEmptyTrimmedString,
  amount: Pence
})

/**
 * One line of a variation statement: a base adjustment, an MTP pressure or a saving. Since schema
 * version 4 an item is identified by its section and its id together, so the same description
 * printed under pressure and under saving is two items. `idAcrossSections` is never stored: the
 * upcaster sets it on every item written before version 4, when an id named one item whatever its
 * section, so that recording it in one section still takes it out of any other, as it did then.
 *
 * @category events
 * @since 0.1.0
 */
export const VariationItemRecorded = Schema.TaggedStruct("VariationItemRecorded", {
  planId: PlanId,
  itemId: NonEmptyTrimmedString,
  section: VariationSection,
  description: NonEmptyTrimmedString,
  amount: Pence,
  justification: Schema.optional(NonEmptyTrimmedString),
  idAcrossSections: Schema.optional(Schema.Literal(true))
})

/**
 * The closing figure of a variation statement as printed (the provisional new budget).
 *
 * @category events
 * @since 0.1.0
 */
export const VariationClosingStated = Schema.TaggedStruct("VariationClosingStated", {
  planId: PlanId,
  label: NonEmptyTrimmedString,
  amount: Pence
})

/**
 * Every budget and variation-statement event.
 *
 * @category events
 * @since 0.1.0
 */
export const BudgetEvent = Schema.Union([
  BudgetLineAdded,
  BudgetLineRevised,
  BudgetLineRenamed,
  BudgetLineMoved,
  BudgetLineCarriesPlan,
  PriorYearLinesMapped,
  BudgetTotalsStated,
  MemorandumItemRecorded,
  VariationOpeningStated,
  VariationItemRecorded,
  VariationClosingStated
])

/**
 * @category events
 * @since 0.1.0
 */
export type BudgetEvent = typeof BudgetEvent.Type
