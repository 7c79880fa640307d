import type { StatedTotals } from "../../plan/budget/events.js"
import type { BudgetState } from "../../plan/budget/BudgetState.js"
import { fieldsOf, fte, money, NAME, type PlanField, text } from "./PlanField.js"

const ROW_NAMES = { "controllable-totals": "Controllable Totals", "total-cost-of-unit": "Total Cost of Unit" } as const

const SECTION_NAMES = { "base-adjustment": "base adjustment", pressure: "MTP pressure", saving: "saving" } as const

const statedTotalsMeasures = (stated: StatedTotals) =>
  [
    ["FTE", stated.fte === undefined ? undefined : fte(stated.fte)],
    ["employee costs", stated.employeeCosts === undefined ? undefined : money(stated.employeeCosts)],
    ["running costs", stated.runningCosts === undefined ? undefined : money(stated.runningCosts)],
    ["contracts & projects", stated.contractsAndProjects === undefined ? undefined : money(stated.contractsAndProjects)],
    ["gross expenditure", stated.grossExpenditure === undefined ? undefined : money(stated.grossExpenditure)],
    ["external income", stated.externalIncome === undefined ? undefined : money(stated.externalIncome)],
    ["internal income", stated.internalIncome === undefined ? undefined : money(stated.internalIncome)],
    ["controllable expenditure", stated.controllableExpenditure === undefined ? undefined : money(stated.controllableExpenditure)],
    [
      "prior controllable expenditure",
      stated.priorControllableExpenditure === undefined ? undefined : money(stated.priorControllableExpenditure)
    ],
    ["prior FTE", stated.priorFte === undefined ? undefined : fte(stated.priorFte)]
  ] as const

/**
 * The budget slice as fields: every budget line's figures (by its stable line id, so a rename is a
 * change of its name), the printed totals rows, the memorandum items and the variation statement.
 *
 * @category projections
 * @since 0.2.0
 */
export const budgetFields = (budget: BudgetState): Array<PlanField> => [
  ...[...budget.budgetLines.values()].flatMap((line) =>
    fieldsOf({ kind: "budget line", id: line.lineId, name: line.activity, label: line.activity }, [
      [NAME, text(line.activity)],
      ["unit", line.unit === undefined ? undefined : text(line.unit)],
      ["cabinet member", line.cabinetMember === undefined ? undefined : text(line.cabinetMember)],
      ["FTE", fte(line.figures.fte)],
      ["employee costs", money(line.figures.employeeCosts)],
      ["running costs", money(line.figures.runningCosts)],
      ["contracts & projects", money(line.figures.contractsAndProjects)],
      ["external income", money(line.figures.externalIncome)],
      ["internal income", money(line.figures.internalIncome)],
      ["printed gross expenditure", line.stated.grossExpenditure === undefined ? undefined : money(line.stated.grossExpenditure)],
      [
        "printed controllable expenditure",
        line.stated.controllableExpenditure === undefined ? undefined : money(line.stated.controllableExpenditure)
      ],
      ["prior controllable expenditure", line.prior === undefined ? undefined : money(line.prior.controllableExpenditure)],
      ["prior FTE", line.prior === undefined ? undefined : fte(line.prior.fte)]
    ])
  ),
  ...[...budget.statedTotals.entries()].flatMap(([row, stated]) =>
    fieldsOf(
      { kind: "printed totals row", id: row, name: ROW_NAMES[row], label: `printed ${ROW_NAMES[row]}` },
      statedTotalsMeasures(stated)
    )
  ),
  ...[...budget.memorandumItems.values()].flatMap((item) =>
    fieldsOf({ kind: "memorandum item", id: item.itemId, name: item.name, label: item.name }, [
      [NAME, text(item.name)],
      ["amount", money(item.amount)],
      ["prior amount", item.priorAmount === undefined ? undefined : money(item.priorAmount)]
    ])
  ),
  ...(budget.variationOpening === undefined
    ? []
    : fieldsOf({ kind: "variation statement", id: "opening", name: "opening budget", label: "printed opening budget" }, [
        ["label", text(budget.variationOpening.label)],
        ["amount", money(budget.variationOpening.amount)]
      ])),
  ...[...budget.variationItems.values()].flatMap((item) =>
    fieldsOf({ kind: "variation item", id: item.itemId, name: item.description, label: `variation item "${item.description}"` }, [
      [NAME, text(item.description)],
      ["section", text(SECTION_NAMES[item.section])],
      ["amount", money(item.amount)],
      ["justification", item.justification === undefined ? undefined : text(item.justification)]
    ])
  ),
  ...(budget.variationClosing === undefined
    ? []
    : fieldsOf({ kind: "variation statement", id: "closing", name: "closing budget", label: "printed closing budget" }, [
        ["label", text(budget.variationClosing.label)],
        ["amount", money(budget.variationClosing.amount)]
      ]))
]
