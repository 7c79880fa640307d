import {
  type BudgetStatement,
  Fte,
  type IndicatorScorecard,
  Money,
  type Period,
  type ReconciliationFindings,
  type Renderer,
  type StaffingTotals,
  type StatedTotals,
  type TotalsRow,
  type VariationStatement
} from "@plan-ledger/core"
import { diffCsv, historyCsv } from "./ChangeCsv.js"
import { crossPlanReport } from "./CrossPlanCsv.js"
import { csvDocument } from "./CsvCell.js"
import { indicatorRollUp, partnershipList, partnershipProfile } from "./PartnershipCsv.js"
import { actionProgress, contentFindings, currentPlan, planList } from "./PlanCsv.js"

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
const statedTotalsRow = (rowType: "total" | "total-cost", name: string, stated: StatedTotals): ReadonlyArray<string> => [
  rowType,
  "",
  name,
  "",
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

const budgetStatement = (view: BudgetStatement.BudgetStatement): string => {
  const printed = (row: TotalsRow, rowType: "total" | "total-cost", name: string): ReadonlyArray<ReadonlyArray<string>> => {
    const stated = view.statedTotals.get(row)
    return stated === undefined ? [] : [statedTotalsRow(rowType, name, stated)]
  }
  return csvDocument(BUDGET_COLUMNS, [
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
    ...printed("controllable-totals", "total", "Controllable Totals"),
    ...view.memorandum.map((item) => [
      "memorandum",
      item.itemId,
      item.name,
      ...Array.from({ length: 8 }, () => ""),
      thousands(item.amount),
      "",
      optionalThousands(item.priorAmount),
      "",
      "",
      ""
    ]),
    ...printed("total-cost-of-unit", "total-cost", "Total Cost of Unit")
  ])
}

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

const INDICATOR_COLUMNS = ["code", "title", "unit", "polarity", "period", "kind", "value", "qualifier", "note"]

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
          : [`unavailable-${value.kind}`, "", qualifiersOf(value.period, []), value.reason])
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

const staffingTotals = (view: StaffingTotals.StaffingTotals): string =>
  csvDocument(
    ["row_type", "name", "prior_fte", "fte", "note"],
    [
      ...view.rows.map((row) => [row.rowType, row.name, fte(row.priorFte), fte(row.fte), ""]),
      ...(view.stated === undefined && view.explanation === undefined
        ? []
        : [["total", "TOTAL", fte(view.stated?.priorFte), fte(view.stated?.fte), view.explanation ?? ""]]),
      ...view.externallyFunded.sources.map((source) => ["external", source.name, "", fte(source.fte), ""]),
      ...view.movements.map((movement) => ["movement", movement.name, "", fte(movement.fte), ""])
    ]
  )

const FINDING_COLUMNS = ["severity", "code", "subject", "measure", "stated", "computed", "difference", "message"]

const findingRow = (finding: ReconciliationFindings.Finding): ReadonlyArray<string> => {
  const figure = (value: number): string => (finding.measure === "money" ? thousands(Money.pence(value)) : fte(Fte.hundredths(value)))
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
 * import { csvRenderer } from "@plan-ledger/render-csv"
 * // writeFileSync("budget.csv", csvRenderer.budgetStatement(BudgetStatement.project(plan)))
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
  diff: diffCsv
}
