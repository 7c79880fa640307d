import { type BudgetCommand, Fte, Money, type PlanCommand, Unit } from "@plan-ledger/core"
import { type Importer } from "@plan-ledger/core/adapters"
import { match } from "ts-pattern"
import type { CsvOptions } from "./CsvReader.js"
import { printedOnce } from "./PrintedOnce.js"
import { type RowReader, readTable, shown, slug, type TableFormat } from "./Table.js"
import { type UnitImportOptions, unitOfRow } from "./UnitColumn.js"
import { unlabelledRows } from "./UnlabelledRows.js"

type SetBudgetLine = Extract<PlanCommand, { readonly _tag: "SetBudgetLine" }>

/**
 * The budget table's columns (see `docs/cli.md`).
 *
 * @category formats
 * @since 0.1.0
 */
export const BUDGET_FORMAT: TableFormat = {
  name: "budget",
  required: [
    "activity",
    "fte",
    "employee_costs",
    "running_costs",
    "contracts_projects",
    "external_income",
    "internal_income",
    "cabinet_member",
    "prior_controllable",
    "prior_fte"
  ],
  optional: ["gross_expenditure", "controllable_expenditure", "row_type", "line_id", "unit", "funding_source", "carries_plan"]
}

/**
 * Options of the budget importer: the unit the amounts are written in (£000 by default, as
 * councils publish them), and the unit of the directorate (`unit`) every row belongs to.
 *
 * @category models
 * @since 0.1.0
 */
export interface BudgetImportOptions extends UnitImportOptions {
  readonly units?: "thousands" | "pounds"
}

const ROW_TYPES = ["line", "continuation", "unlabelled", "total", "memorandum", "total-cost"] as const

const BLANK_LABEL_FIX =
  "the activity (budget line) name, such as Early Years — or, for a row printed without a label, row_type continuation (it continues the labelled line above) or unlabelled (a line of its own)"

const TOTAL_ONCE_FIX =
  "one such row per table (per unit in a plan set out by unit) — keep the row the plan prints; a figure of its own is a line or a memorandum item"

const memorandumCategory = (name: string) => {
  const lower = name.toLowerCase()
  if (lower.includes("central")) return "central-overheads" as const
  if (lower.includes("directorate")) return "directorate-overheads" as const
  if (lower.includes("capital")) return "capital-charges" as const
  return "other" as const
}

type StatedTotals = Extract<BudgetCommand, { readonly _tag: "StateBudgetTotals" }>["stated"]

const statedTotals = (row: RowReader, unit: number): StatedTotals => {
  const entries: Array<readonly [keyof StatedTotals, Money.Amount | Fte.Amount | undefined]> = [
    ["fte", row.fte("fte")],
    ["employeeCosts", row.optionalMoney("employee_costs", unit)],
    ["runningCosts", row.optionalMoney("running_costs", unit)],
    ["contractsAndProjects", row.optionalMoney("contracts_projects", unit)],
    ["grossExpenditure", row.optionalMoney("gross_expenditure", unit)],
    ["externalIncome", row.optionalMoney("external_income", unit)],
    ["internalIncome", row.optionalMoney("internal_income", unit)],
    ["controllableExpenditure", row.optionalMoney("controllable_expenditure", unit)],
    ["priorControllableExpenditure", row.optionalMoney("prior_controllable", unit)],
    ["priorFte", row.fte("prior_fte")]
  ]
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as StatedTotals
}

/**
 * Imports a budget table: one `line` row per activity (gross and controllable expenditure are
 * derived; printed ones are kept as stated and checked), and the printed `total`, `memorandum` and
 * `total-cost` rows. In a totals row an empty cell means "not printed"; in a line an empty money
 * cell is zero. A line's stable id is `line_id` if given, else derived from the activity — and,
 * for a file imported into one unit (`options.unit`), from that unit too, so two units' files may
 * each have a line of the same name; give the old `line_id` to rename a line. A row printed
 * without a label is a line only with the `row_type` that says what it is: `continuation` (it
 * continues the labelled line above) or `unlabelled`; its id, unless given, is the labelled line
 * above's with the row type and its number beneath that line. `carries_plan` names the plan whose
 * whole budget a line carries. Every row belongs to `options.unit` when given (a `unit` cell
 * naming another unit is a problem), else to the unit its `unit` cell names, else to the whole
 * plan: a totals or memorandum row without a unit is the plan's own (its grand total).
 *
 * @category importers
 * @since 0.1.0
 */
export const importBudget: Importer<BudgetImportOptions & CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const unit = options.units === "pounds" ? Money.PENCE_PER_POUND : Money.PENCE_PER_THOUSAND
  const seenActivities = new Map<string, number>()
  const seenIds = new Map<string, { readonly line: number; readonly activity: string }>()
  // A line's id is its line_id, or one derived from the activity; two rows that come to the same
  // id ("Early Years" and "Early years", "Sport & Leisure" and "Sport and Leisure") would become one
  // line, the later silently replacing the earlier, so they are refused with both lines named.
  const identity = (row: RowReader, activity: string, kind: "line" | "memorandum"): string | undefined => {
    const given = row.text("line_id")
    const derived = slug(activity)
    // Ids derived from the activity alone stay as they were before units had tables of their own,
    // so a table with a unit column imports again onto the same lines, and a changed unit cell moves
    // its line; only a file imported into one unit scopes its ids to that unit.
    const id = given ?? (options.unit === undefined ? derived : `${slug(options.unit)}.${derived}`)
    if (given === undefined && derived === "") {
      row.report(
        "activity",
        `activity ${shown(activity)} has no letters or digits to make a line id from`,
        "an activity name such as Early Years, or a line_id"
      )
      return undefined
    }
    const first = seenIds.get(`${kind}:${id}`)
    if (first !== undefined) {
      row.report(
        given === undefined ? "activity" : "line_id",
        `${shown(activity)} would be the same line (${shown(id)}) as ${shown(first.activity)} on ${row.lineName(first.line)}`,
        "activities that differ by more than case, spacing or & / and — or a distinct line_id for each"
      )
      return undefined
    }
    seenIds.set(`${kind}:${id}`, { line: row.line, activity })
    return id
  }
  const unlabelled = unlabelledRows()
  const printedTotal = printedOnce()
  const budgetLine = (
    row: RowReader,
    label: Pick<SetBudgetLine, "activity" | "rowType" | "continues">,
    lineId: string,
    rowUnit: string | undefined
  ) => {
    const fte = row.fte("fte")
    if (fte === undefined && row.text("fte") === undefined) row.report("fte", "fte is blank", "the line's FTE, such as 19.5 (0.0 if none)")
    const figures = {
      employeeCosts: row.money("employee_costs", unit),
      runningCosts: row.money("running_costs", unit),
      contractsAndProjects: row.money("contracts_projects", unit),
      externalIncome: row.money("external_income", unit),
      internalIncome: row.money("internal_income", unit)
    }
    const priorControllable = row.optionalMoney("prior_controllable", unit)
    const priorFte = row.fte("prior_fte")
    const gross = row.optionalMoney("gross_expenditure", unit)
    const controllable = row.optionalMoney("controllable_expenditure", unit)
    const cabinetMember = row.text("cabinet_member")
    const fundingSource = row.text("funding_source")
    const carried = row.planId("carries_plan")
    const carriedPlanId = carried.planId
    if (fte === undefined || !carried.valid || Object.values(figures).some((value) => value === undefined)) return undefined
    const line: PlanCommand = {
      _tag: "SetBudgetLine",
      planId,
      lineId,
      ...label,
      ...(rowUnit === undefined ? {} : { unit: rowUnit }),
      ...(cabinetMember === undefined ? {} : { cabinetMember }),
      ...(fundingSource === undefined ? {} : { fundingSource }),
      figures: { fte, ...(figures as { [Key in keyof typeof figures]: Money.Amount }) },
      ...(priorControllable === undefined && priorFte === undefined
        ? {}
        : { prior: { controllableExpenditure: priorControllable ?? Money.pence(0), fte: priorFte ?? Fte.hundredths(0) } }),
      stated: {
        ...(gross === undefined ? {} : { grossExpenditure: gross }),
        ...(controllable === undefined ? {} : { controllableExpenditure: controllable })
      }
    }
    return carriedPlanId === undefined ? [line] : [line, { _tag: "LinkCarriedPlan" as const, planId, lineId, carriedPlanId }]
  }
  const { rows, problems } = readTable(fileName, source, options, BUDGET_FORMAT, (row): ReadonlyArray<PlanCommand> | undefined => {
    const rowType = row.choice("row_type", ROW_TYPES, "line")
    const rowUnit = unitOfRow(row, options.unit)
    if (rowType === "continuation" || rowType === "unlabelled") {
      const blank = unlabelled.read(row, rowType)
      return blank === undefined ? undefined : budgetLine(row, blank.label, blank.lineId, rowUnit)
    }
    const activity = row.requiredText("activity", rowType === "line" ? BLANK_LABEL_FIX : "the row's label, such as Controllable Totals")
    if (rowType === undefined || activity === undefined) return undefined
    const inUnit = rowUnit === undefined ? {} : { unit: rowUnit }
    return match(rowType)
      .with("line", (): ReadonlyArray<PlanCommand> | undefined => {
        const firstLine = seenActivities.get(Unit.keyInUnit(rowUnit, activity))
        if (firstLine !== undefined) {
          row.report(
            "activity",
            `activity ${shown(activity)} appears twice${rowUnit === undefined ? "" : ` in unit ${shown(rowUnit)}`} (first on ${row.lineName(firstLine)})`,
            rowUnit === undefined ? "each budget line once per file" : "each budget line once per unit in a file"
          )
          return undefined
        }
        seenActivities.set(Unit.keyInUnit(rowUnit, activity), row.line)
        const lineId = identity(row, activity, "line")
        if (lineId === undefined) return undefined
        unlabelled.labelled(lineId)
        return budgetLine(row, { activity }, lineId, rowUnit)
      })
      .with("total", (): ReadonlyArray<PlanCommand> | undefined => {
        const stated = statedTotals(row, unit)
        if (!printedTotal(row, "row_type", "total", rowUnit, TOTAL_ONCE_FIX)) return undefined
        return [{ _tag: "StateBudgetTotals", planId, ...inUnit, row: "controllable-totals", stated }]
      })
      .with("total-cost", (): ReadonlyArray<PlanCommand> | undefined => {
        const stated = statedTotals(row, unit)
        if (!printedTotal(row, "row_type", "total-cost", rowUnit, TOTAL_ONCE_FIX)) return undefined
        return [{ _tag: "StateBudgetTotals", planId, ...inUnit, row: "total-cost-of-unit", stated }]
      })
      .with("memorandum", (): ReadonlyArray<PlanCommand> | undefined => {
        const amount = row.optionalMoney("controllable_expenditure", unit)
        const priorAmount = row.optionalMoney("prior_controllable", unit)
        if (amount === undefined) {
          if (row.text("controllable_expenditure") === undefined)
            row.report(
              "controllable_expenditure",
              "a memorandum item has no amount",
              "the item's amount in the controllable_expenditure column"
            )
          return undefined
        }
        const itemId = identity(row, activity, "memorandum")
        if (itemId === undefined) return undefined
        return [
          {
            _tag: "SetMemorandumItem",
            planId,
            ...inUnit,
            itemId,
            name: activity,
            category: memorandumCategory(activity),
            amount,
            ...(priorAmount === undefined ? {} : { priorAmount })
          }
        ]
      })
      .exhaustive()
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows.flat(), rows: rows.length }
}
