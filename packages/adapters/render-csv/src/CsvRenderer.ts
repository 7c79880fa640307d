import { type BudgetStatement, Fte, Money, Period, type ReconciliationFindings, type Renderer } from "@plan-ledger/core"
import { csvDocument } from "./CsvCell.js"
import { actionProgress, contentFindings, currentPlan, planList } from "./PlanCsv.js"

// £000 written exactly, without thousands separators, so the file re-imports as it was.
const thousands = (amount: Money.Pence): string => Money.formatThousandsExact(amount).replace(/,/g, "")
const fte = (value: Fte.Fte | undefined): string => (value === undefined ? "" : Fte.formatExact(value).replace(/,/g, ""))

const budgetColumns = (columns: BudgetStatement.BudgetColumns): ReadonlyArray<string> => [
  fte(columns.fte),
  thousands(columns.employeeCosts),
  thousands(columns.runningCosts),
  thousands(columns.contractsAndProjects),
  thousands(columns.grossExpenditure),
  thousands(columns.externalIncome),
  thousands(columns.internalIncome),
  thousands(columns.controllableExpenditure)
]

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

const EMPTY_COLUMNS = ["", "", "", "", "", "", "", ""]

/**
 * The CSV output adapter. Budget figures are in £000 (exact), in the column names the budget
 * importer reads, so an exported budget can be imported again.
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
  budgetStatement: (view) =>
    csvDocument(
      [
        "row_type",
        "activity",
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
        "prior_fte"
      ],
      [
        ...view.lines.map((line) => [
          "line",
          line.activity,
          ...budgetColumns(line),
          line.cabinetMember ?? "",
          line.prior === undefined ? "" : thousands(line.prior.controllableExpenditure),
          fte(line.prior?.fte)
        ]),
        [
          "total",
          "Controllable Totals",
          ...budgetColumns(view.totals),
          "",
          thousands(view.totals.prior.controllableExpenditure),
          fte(view.totals.prior.fte)
        ],
        ...view.memorandum.map((item) => [
          "memorandum",
          item.name,
          ...EMPTY_COLUMNS.slice(1),
          thousands(item.amount),
          "",
          item.priorAmount === undefined ? "" : thousands(item.priorAmount),
          ""
        ]),
        [
          "total-cost",
          "Total Cost of Unit",
          ...budgetColumns(view.totals).slice(0, 7),
          thousands(view.totalCostOfUnit.amount),
          "",
          thousands(view.totalCostOfUnit.priorAmount),
          fte(view.totals.prior.fte)
        ]
      ]
    ),
  variationStatement: (view) =>
    csvDocument(
      ["section", "description", "amount", "justification"],
      [
        ["opening", view.opening.label, thousands(view.opening.amount), ""],
        ...view.sections.flatMap((section) =>
          section.items.map((item) => [section.section, item.description, thousands(item.amount), item.justification ?? ""])
        ),
        ["closing", view.closing.label, thousands(view.closing.amount), ""],
        ["budget-controllable-total", "Budget statement controllable total", thousands(view.budgetControllableTotal), ""],
        ["difference", "Budget statement minus closing budget", thousands(view.difference), ""]
      ]
    ),
  staffingTotals: (view) =>
    csvDocument(
      ["row_type", "name", "prior_fte", "fte", "difference"],
      [
        ...view.rows.map((row) => [row.rowType, row.name, fte(row.priorFte), fte(row.fte), fte(row.difference)]),
        ["total", "TOTAL", fte(view.totals.priorFte), fte(view.totals.fte), fte(view.totals.difference)],
        ...view.externallyFunded.sources.map((source) => ["external", source.name, "", fte(source.fte), ""]),
        ...view.movements.map((movement) => ["movement", movement.name, "", fte(movement.fte), ""])
      ]
    ),
  scorecard: (view) =>
    csvDocument(
      [
        "code",
        "title",
        "unit",
        "polarity",
        "target_period",
        "target",
        "target_qualifiers",
        "latest_period",
        "latest_kind",
        "latest",
        "status",
        "direction",
        "unavailable"
      ],
      view.indicators.map((row) => [
        row.code,
        row.title,
        row.unit,
        row.polarity,
        row.target === undefined ? "" : Period.label(row.target.period),
        row.target === undefined ? "" : String(row.target.value),
        row.target?.qualifiers.join(" ") ?? "",
        row.latest === undefined ? "" : Period.label(row.latest.period),
        row.latest?.kind ?? "",
        row.latest === undefined ? "" : String(row.latest.value),
        row.status,
        row.direction,
        row.unavailable.map((value) => `${value.kind} ${Period.label(value.period)}: ${value.reason}`).join("; ")
      ])
    ),
  findings: (findings) => csvDocument(FINDING_COLUMNS, findings.map(findingRow)),
  contentFindings,
  checkReport: (findings, gaps) =>
    csvDocument(FINDING_COLUMNS, [
      ...findings.map(findingRow),
      ...gaps.map((gap) => [gap.severity, gap.code, gap.subject, "", "", "", "", gap.message])
    ]),
  actionProgress,
  planList,
  history: (_planId, entries) =>
    csvDocument(
      ["revision", "recorded_at", "effective_date", "type", "subject", "actor", "reason", "authority", "source"],
      entries.map((entry) => [
        String(entry.streamRevision),
        entry.recordedAt,
        entry.effectiveDate,
        entry.type,
        entry.subject,
        entry.actor,
        entry.reason,
        entry.authority ?? "",
        entry.source === undefined
          ? ""
          : [entry.source.document, entry.source.table, entry.source.page].filter((part) => part !== undefined).join(" / ")
      ])
    )
}
