import {
  type BudgetStatement,
  Fte,
  type IndicatorScorecard,
  Money,
  type Period,
  type ReconciliationFindings,
  type StaffingTotals,
  type StatedTotals,
  type TotalsRow,
  type VariationStatement
} from "@plan-ledger/core"
import { type Renderer } from "@plan-ledger/core/adapters"
import { diffCsv, historyCsv } from "./ChangeCsv.js"
import { crossPlanReport } from "./CrossPlanCsv.js"
import { csvDocument } from "./CsvCell.js"
import { indicatorRollUp, partnershipList, partnershipProfile } from "./PartnershipCsv.js"
import { actionProgress, contentFindings, currentPlan, planList } from "./PlanCsv.js"
import { subjectAccess } from "./SubjectAccessCsv.js"

// £000 written exactly, without thousands separators, so the file re-imports as it was.
const thousands = (amount: Money.Pence): string => Money.formatThousandsExact(amount).replace(/,/g, "")
const fte = (value: Fte.Fte | undefined): string => (value === undefined ? "" : Fte.formatExact(value).replace(/,/g, ""))

const optionalThousands = (amount: Money.Pence | undefined): string => (amount === undefined ? "" : thousands(amount))

// The budget importer's columns, in the order the council prints them.
const BUDGET_COLUMNS = [
  "row_type",
  "line_id",
  "activity",
  "unit",
  "fte",
  "employee_costs",
  "running_costs",
  "contracts_projects",
  "gross_expenditure",
  "external_income",
  "internal_income",
  "controllable_expenditure",
  "cabinet_member",
  "prior_controllable",
  "prior_fte",
  "funding_source",
  "carries_plan"
]

// A printed totals row as it was stated: a figure the plan does not print stays blank.
const statedTotalsRow = (
  rowType: "total" | "total-cost",
  name: string,
  unit: string | undefined,
  stated: StatedTotals
): ReadonlyArray<string> => [
  rowType,
  "",
  name,
  unit ?? "",
  fte(stated.fte),
  optionalThousands(stated.employeeCosts),
  optionalThousands(stated.runningCosts),
  optionalThousands(stated.contractsAndProjects),
  optionalThousands(stated.grossExpenditure),
  optionalThousands(stated.externalIncome),
  optionalThousands(stated.internalIncome),
  optionalThousands(stated.controllableExpenditure),
  "",
  optionalThousands(stated.priorControllableExpenditure),
  fte(stated.priorFte),
  "",
  ""
]

// A table's printed totals rows of one kind: none when the table does not print it.
const printedRows = (
  statedTotals: ReadonlyMap<TotalsRow, StatedTotals>,
  unit: string | undefined,
  row: TotalsRow
): ReadonlyArray<ReadonlyArray<string>> => {
  const stated = statedTotals.get(row)
  if (stated === undefined) return []
  return [
    row === "controllable-totals"
      ? statedTotalsRow("total", "Controllable Totals", unit, stated)
      : statedTotalsRow("total-cost", "Total Cost of Unit", unit, stated)
  ]
}

// One table's rows — a unit's, or a plan's only one — in the order the council prints them.
const budgetTableRows = (view: BudgetStatement.BudgetTable, unit: string | undefined): ReadonlyArray<ReadonlyArray<string>> => [
  ...view.lines.map((line) => [
    line.rowType ?? "line",
    line.lineId,
    line.activity,
    line.unit ?? "",
    fte(line.fte),
    thousands(line.employeeCosts),
    thousands(line.runningCosts),
    thousands(line.contractsAndProjects),
    optionalThousands(line.stated.grossExpenditure),
    thousands(line.externalIncome),
    thousands(line.internalIncome),
    optionalThousands(line.stated.controllableExpenditure),
    line.cabinetMember ?? "",
    optionalThousands(line.prior?.controllableExpenditure),
    fte(line.prior?.fte),
    line.fundingSource,
    line.carriedPlanId ?? ""
  ]),
  ...printedRows(view.statedTotals, unit, "controllable-totals"),
  ...view.memorandum.map((item) => [
    "memorandum",
    item.itemId,
    item.name,
    item.unit ?? "",
    ...Array.from({ length: 7 }, () => ""),
    thousands(item.amount),
    "",
    optionalThousands(item.priorAmount),
    "",
    "",
    ""
  ]),
  ...printedRows(view.statedTotals, unit, "total-cost-of-unit")
]

// The budget as the importer reads it back: each unit's table, then the plan's own printed totals
// (its grand total) without a unit; a plan without units is one table.
const budgetStatement = (view: BudgetStatement.BudgetStatement): string =>
  csvDocument(
    BUDGET_COLUMNS,
    view.units.length === 0
      ? budgetTableRows(view, undefined)
      : [
          ...view.units.flatMap((table) => budgetTableRows(table, table.unit)),
          ...printedRows(view.statedTotals, undefined, "controllable-totals"),
          ...printedRows(view.statedTotals, undefined, "total-cost-of-unit")
        ]
  )

// A year pair as the indicator importer reads it; the qualifier says whether it is academic.
const yearPair = (period: Period.Period): string => (period._tag === "MultiYear" ? `${period.from}..${period.to}` : period.year)

// A number in plain decimal notation, never with an exponent (the importer refuses `1e-7`).
const plainNumber = (value: number): string => {
  const text = String(value)
  if (!text.includes("e")) return text
  const [mantissa = "", exponentText = "0"] = text.split("e")
  const negative = mantissa.startsWith("-")
  const [whole = "", fraction = ""] = mantissa.replace("-", "").split(".")
  const digits = whole + fraction
  const point = whole.length + Number(exponentText)
  const body =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`
  return `${negative ? "-" : ""}${body}`
}

const qualifiersOf = (period: Period.Period, qualifiers: ReadonlyArray<string>): string =>
  (period._tag === "AcademicYear" && !qualifiers.includes("academic-year") ? [...qualifiers, "academic-year"] : qualifiers).join(" ")

const INDICATOR_COLUMNS = ["code", "title", "unit", "polarity", "period", "kind", "value", "qualifier", "note", "categories"]

// One row per reported value, unavailable ones with their reason, as the indicator importer reads them.
const scorecard = (view: IndicatorScorecard.IndicatorScorecard): string =>
  csvDocument(
    INDICATOR_COLUMNS,
    view.indicators.flatMap((row) =>
      row.reported.map((value) => [
        row.code,
        row.title,
        row.unit,
        row.polarity,
        yearPair(value.period),
        ...(value._tag === "IndicatorValueReported"
          ? [value.kind, plainNumber(value.value), qualifiersOf(value.period, value.qualifiers), ""]
          : [`unavailable-${value.kind}`, "", qualifiersOf(value.period, []), value.reason]),
        row.categories.join("; ")
      ])
    )
  )

const variationStatement = (view: VariationStatement.VariationStatement): string =>
  csvDocument(
    ["section", "description", "amount", "justification", "item_id"],
    [
      ...(view.statedOpening === undefined ? [] : [["opening", view.statedOpening.label, thousands(view.statedOpening.amount), "", ""]]),
      ...view.sections.flatMap((section) =>
        section.items.map((item) => [section.section, item.description, thousands(item.amount), item.justification ?? "", item.itemId])
      ),
      ...(view.statedClosing === undefined ? [] : [["closing", view.statedClosing.label, thousands(view.statedClosing.amount), "", ""]])
    ]
  )

const STAFFING_COLUMNS = ["row_type", "name", "prior_fte", "fte", "note"]

// An establishment by portfolio: each unit's rows and printed subtotal, the unit in the last column.
const unitStaffingRows = (view: StaffingTotals.StaffingTotals): ReadonlyArray<ReadonlyArray<string>> =>
  view.units.flatMap((table) => {
    const unit = table.unit ?? ""
    return [
      ...table.rows.map((row) => [row.rowType, row.name, fte(row.priorFte), fte(row.fte), "", unit]),
      ...(table.stated === undefined ? [] : [["total", "TOTAL", fte(table.stated.priorFte), fte(table.stated.fte), "", unit]])
    ]
  })

// The staffing table as the importer reads it back; a plan with units gains a unit column.
const staffingTotals = (view: StaffingTotals.StaffingTotals): string => {
  const byUnit = view.units.length > 0
  const wholePlan = (row: ReadonlyArray<string>): ReadonlyArray<string> => (byUnit ? [...row, ""] : row)
  return csvDocument(byUnit ? [...STAFFING_COLUMNS, "unit"] : STAFFING_COLUMNS, [
    ...(byUnit ? unitStaffingRows(view) : view.rows.map((row) => [row.rowType, row.name, fte(row.priorFte), fte(row.fte), ""])),
    ...(view.stated === undefined && view.explanation === undefined
      ? []
      : [wholePlan(["total", "TOTAL", fte(view.stated?.priorFte), fte(view.stated?.fte), view.explanation ?? ""])]),
    ...view.externallyFunded.sources.map((source) => wholePlan(["external", source.name, "", fte(source.fte), ""])),
    ...view.movements.map((movement) => wholePlan(["movement", movement.name, "", fte(movement.fte), ""]))
  ])
}

const FINDING_COLUMNS = ["severity", "code", "subject", "measure", "stated", "computed", "difference", "message"]

const findingRow = (finding: ReconciliationFindings.Finding): ReadonlyArray<string> => {
  const figure = (value: number): string => (finding.measure === "money" ? thousands(Money.Pence.make(value)) : fte(Fte.Fte.make(value)))
  return [
    finding.severity,
    finding.code,
    finding.subject,
    finding.measure === "money" ? "£000" : "FTE",
    figure(finding.stated),
    figure(finding.computed),
    figure(finding.difference),
    finding.message
  ]
}

/**
 * The CSV output adapter. The budget, variations, staffing and scorecard tables are written in
 * the columns their importers read, amounts in exact £000, with the figures as the plan states
 * them (printed totals, line ids, reasons for unavailable values): importing one back into the
 * same plan records nothing.
 *
 * @example
 * import { writeFileSync } from "node:fs"
 * import { BudgetStatement, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const budget = BudgetStatement.project(state, "lcsp-2009-10")
 * import { csvRenderer } from "@plan-ledger/render-csv"
 * if (budget._tag === "Success") writeFileSync("budget.csv", csvRenderer.budgetStatement(budget.success))
 *
 * @category renderers
 * @since 0.1.0
 */
export const csvRenderer: Renderer = {
  format: "csv",
  currentPlan,
  budgetStatement,
  variationStatement,
  staffingTotals,
  scorecard,
  findings: (findings) => csvDocument(FINDING_COLUMNS, findings.map(findingRow)),
  contentFindings,
  checkReport: (findings, gaps) =>
    csvDocument(FINDING_COLUMNS, [
      ...findings.map(findingRow),
      ...gaps.map((gap) => [gap.severity, gap.code, gap.subject, "", "", "", "", gap.message])
    ]),
  crossPlanReport,
  actionProgress,
  planList,
  partnershipList,
  partnershipProfile,
  indicatorRollUp,
  history: (_planId, entries) => historyCsv(entries),
  diff: diffCsv,
  subjectAccess
}
