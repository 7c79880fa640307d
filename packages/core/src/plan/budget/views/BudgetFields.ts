import type { Pence } from "../../../money/Money.js"
import type { StatedTotals, TotalsRow } from "../events.js"
import {
  type BudgetLineState,
  type BudgetState,
  type MemorandumItemState,
  type StatedFigure,
  variationItemKey,
  type VariationItemState
} from "../BudgetState.js"
import { inUnit, keyInUnit, labelInUnit } from "../../Unit.js"
import { fieldsOf, fte, money, NAME, type PlanField, text } from "../../views/PlanField.js"

const ROW_NAMES = { "controllable-totals": "Controllable Totals", "total-cost-of-unit": "Total Cost of Unit" } as const

const SECTION_NAMES = { "base-adjustment": "base adjustment", pressure: "MTP pressure", saving: "saving" } as const

const optionalMoney = (amount: Pence | undefined) => (amount === undefined ? undefined : money(amount))

// A row printed without a label is named by its id and what it is.
const lineLabel = (line: BudgetLineState): string =>
  line.rowType === undefined
    ? line.activity
    : `${line.lineId} (${line.rowType === "continuation" ? `continuation of ${line.continues ?? ""}` : "unlabelled"})`

/**
 * A budget line's fields, under its stable line id: its name (a change is a rename), unit, cabinet
 * member, figures, the figures printed for it and its prior-year column. A sentence names a line of
 * a unit with its unit.
 *
 * @category projections
 * @since 0.2.0
 */
export const budgetLineFields = (line: BudgetLineState | undefined): Array<PlanField> =>
  line === undefined
    ? []
    : fieldsOf(
        {
          kind: "budget line",
          id: line.lineId,
          name: lineLabel(line),
          label: labelInUnit(lineLabel(line), line.unit),
          ...inUnit(line.unit)
        },
        [
          [NAME, text(line.activity)],
          ["unit", line.unit === undefined ? undefined : text(line.unit)],
          ["cabinet member", line.cabinetMember === undefined ? undefined : text(line.cabinetMember)],
          ["FTE", fte(line.figures.fte)],
          ["employee costs", money(line.figures.employeeCosts)],
          ["running costs", money(line.figures.runningCosts)],
          ["contracts & projects", money(line.figures.contractsAndProjects)],
          ["external income", money(line.figures.externalIncome)],
          ["internal income", money(line.figures.internalIncome)],
          ["printed gross expenditure", optionalMoney(line.stated.grossExpenditure)],
          ["printed controllable expenditure", optionalMoney(line.stated.controllableExpenditure)],
          ["prior controllable expenditure", optionalMoney(line.prior?.controllableExpenditure)],
          ["prior FTE", line.prior === undefined ? undefined : fte(line.prior.fte)]
        ]
      )

/**
 * The figures a printed totals row states: of a unit's table, or without a unit of the whole plan.
 *
 * @category projections
 * @since 0.2.0
 */
export const statedTotalsFields = (row: TotalsRow, stated: StatedTotals | undefined, unit?: string): Array<PlanField> =>
  stated === undefined
    ? []
    : fieldsOf(
        {
          kind: "printed totals row",
          id: keyInUnit(unit, row),
          name: ROW_NAMES[row],
          label: labelInUnit(`printed ${ROW_NAMES[row]}`, unit),
          ...inUnit(unit)
        },
        [
          ["FTE", stated.fte === undefined ? undefined : fte(stated.fte)],
          ["employee costs", optionalMoney(stated.employeeCosts)],
          ["running costs", optionalMoney(stated.runningCosts)],
          ["contracts & projects", optionalMoney(stated.contractsAndProjects)],
          ["gross expenditure", optionalMoney(stated.grossExpenditure)],
          ["external income", optionalMoney(stated.externalIncome)],
          ["internal income", optionalMoney(stated.internalIncome)],
          ["controllable expenditure", optionalMoney(stated.controllableExpenditure)],
          ["prior controllable expenditure", optionalMoney(stated.priorControllableExpenditure)],
          ["prior FTE", stated.priorFte === undefined ? undefined : fte(stated.priorFte)]
        ]
      )

/**
 * A memorandum item's name and amounts; a sentence names an item of a unit with its unit.
 *
 * @category projections
 * @since 0.2.0
 */
export const memorandumItemFields = (item: MemorandumItemState | undefined): Array<PlanField> =>
  item === undefined
    ? []
    : fieldsOf(
        {
          kind: "memorandum item",
          id: keyInUnit(item.unit, item.itemId),
          name: item.name,
          label: labelInUnit(item.name, item.unit),
          ...inUnit(item.unit)
        },
        [
          [NAME, text(item.name)],
          ["amount", money(item.amount)],
          ["prior amount", optionalMoney(item.priorAmount)]
        ]
      )

/**
 * The variation statement's printed opening or closing budget.
 *
 * @category projections
 * @since 0.2.0
 */
export const variationEndFields = (end: "opening" | "closing", figure: StatedFigure | undefined): Array<PlanField> =>
  figure === undefined
    ? []
    : fieldsOf({ kind: "variation statement", id: end, name: `${end} budget`, label: `printed ${end} budget` }, [
        ["label", text(figure.label)],
        ["amount", money(figure.amount)]
      ])

/**
 * A variation item's description, section, amount and justification.
 *
 * @category projections
 * @since 0.2.0
 */
export const variationItemFields = (item: VariationItemState | undefined): Array<PlanField> =>
  item === undefined
    ? []
    : fieldsOf(
        {
          kind: "variation item",
          id: variationItemKey(item.section, item.itemId),
          name: item.description,
          label: `variation item "${item.description}"`
        },
        [
          [NAME, text(item.description)],
          ["section", text(SECTION_NAMES[item.section])],
          ["amount", money(item.amount)],
          ["justification", item.justification === undefined ? undefined : text(item.justification)]
        ]
      )

/**
 * The budget slice as fields: every budget line, the printed totals rows, the memorandum items and
 * the variation statement.
 *
 * @category projections
 * @since 0.2.0
 */
export const budgetFields = (budget: BudgetState): Array<PlanField> => [
  ...[...budget.budgetLines.values()].flatMap(budgetLineFields),
  ...[...budget.statedTotals.entries()].flatMap(([row, stated]) => statedTotalsFields(row, stated)),
  ...[...budget.unitStatedTotals.entries()].flatMap(([unit, rows]) =>
    [...rows.entries()].flatMap(([row, stated]) => statedTotalsFields(row, stated, unit))
  ),
  ...[...budget.memorandumItems.values()].flatMap(memorandumItemFields),
  ...variationEndFields("opening", budget.variationOpening),
  ...[...budget.variationItems.values()].flatMap(variationItemFields),
  ...variationEndFields("closing", budget.variationClosing)
]
