import {
  BudgetStatement,
  Fte,
  IndicatorScorecard,
  Money,
  Period,
  type ReconciliationFindings,
  type StaffingTotals,
  Unit,
  VariationStatement
} from "@plan-ledger/core"
import { BudgetLineSubject } from "@plan-ledger/core/adapters"
import { match } from "ts-pattern"
import { findingFlags, findingNotes, findingsIn, findingsOfRow, type NumberedFinding } from "./FindingNotes.js"
import { escapeHtml } from "./HtmlText.js"
import { htmlTable, type Row } from "./HtmlTable.js"
import { indicatorTrendChart } from "./IndicatorTrendChart.js"
import { staffingChart, staffingYears } from "./StaffingChart.js"
import { polarityWords, statusStyle } from "./StatusColour.js"
import { chartFigure } from "./VegaChart.js"
import { waterfallChart } from "./WaterfallChart.js"

const thousands = Money.formatThousands
const optionalFte = (value: Fte.Fte | undefined): string => (value === undefined ? "" : Fte.format(value))
const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`

// The printed figures through controllable expenditure.
const budgetFigures = (columns: BudgetStatement.BudgetColumns): ReadonlyArray<string> => [
  ...BudgetStatement.printedFigures(columns),
  thousands(columns.controllableExpenditure)
]

const blank = (count: number): ReadonlyArray<string> => Array.from({ length: count }, () => "")

type Flagged = (label: string) => Pick<Row, "note">

// Below the rows of a table: its Controllable Totals, memorandum rows and Total Cost of Unit; the
// totals rows flagged by the findings about `table`'s printed rows.
const closingRows = (
  view: BudgetStatement.BudgetTable,
  memorandum: ReadonlyArray<Row>,
  flagged: Flagged,
  table: string
): ReadonlyArray<Row> => [
  {
    cells: [
      thousands(view.totals.prior.controllableExpenditure),
      Fte.format(view.totals.prior.fte),
      "Controllable Totals",
      ...budgetFigures(view.totals),
      ""
    ],
    kind: "total",
    ...flagged(`Controllable Totals${table}`)
  },
  ...(memorandum.length > 0 ? [{ cells: ["", "", "Memorandum Items", ...blank(9)], kind: "section" as const }, ...memorandum] : []),
  {
    cells: [
      thousands(view.totalCostOfUnit.priorAmount),
      Fte.format(view.totals.prior.fte),
      "Total Cost of Unit",
      ...BudgetStatement.printedFigures(view.totals),
      thousands(view.totalCostOfUnit.amount),
      ""
    ],
    kind: "total",
    ...flagged(`Total Cost of Unit${table}`)
  }
]

const memorandumRow = (name: string, amount: Money.Pence, priorAmount: Money.Pence | undefined): Row => ({
  cells: [priorAmount === undefined ? "" : thousands(priorAmount), "", name, ...blank(7), thousands(amount), ""]
})

// One table's rows — a unit's, or a plan's only one — each line flagged by the findings about it.
const budgetTableRows = (view: BudgetStatement.BudgetTable, flagged: Flagged, table: string): ReadonlyArray<Row> => [
  ...view.lines.map((line) => ({
    cells: [
      line.prior === undefined ? "" : thousands(line.prior.controllableExpenditure),
      line.prior === undefined ? "" : Fte.format(line.prior.fte),
      line.activity,
      ...budgetFigures(line),
      line.cabinetMember ?? ""
    ],
    ...flagged(Unit.labelInUnit(BudgetLineSubject.of(line), line.unit))
  })),
  ...closingRows(
    view,
    view.memorandum.map((item) => memorandumRow(item.name, item.amount, item.priorAmount)),
    flagged,
    table
  )
]

/**
 * The budget statement as the council's budget book prints it: the prior year's controllable
 * expenditure and FTE, the activity, FTE and the spending and income columns in £000 with one
 * decimal, controllable expenditure and the cabinet member; the Controllable Totals row,
 * memorandum items and the Total Cost of Unit. A plan of several units has one such table per
 * unit, then the plan's total across units with a row per unit. Findings about its figures follow
 * the tables, and each row they concern links to them.
 *
 * @category renderers
 * @since 0.1.0
 */
export const budgetSection = (view: BudgetStatement.BudgetStatement, findings: ReadonlyArray<ReconciliationFindings.Finding>): string => {
  const prior = Period.priorYearLabel(view.period)
  const current = Period.label(view.period)
  const notes = findingsIn(findings, "budget")
  const flagged: Flagged = (label) => {
    const concerning = findingsOfRow(notes, label)
    return concerning.length === 0 ? {} : { note: findingFlags(concerning) }
  }
  const money = (heading: string) => ({ heading, figures: true })
  const columns = [
    money(`${prior} Controllable Expenditure £000's`),
    money(`${prior} FTE`),
    { heading: "Activity" },
    money("FTE"),
    money("Employee Costs £000's"),
    money("Running Costs £000's"),
    money("Contracts & Projects £000's"),
    money("Gross Expenditure £000's"),
    money("External Income £000's"),
    money("Internal Income £000's"),
    money("Controllable Expenditure £000's"),
    { heading: "Cabinet Member" }
  ]
  const caption = (table: string) => `Budget statement ${current}${table}, £000 (prior year ${prior})`
  const tables =
    view.units.length === 0
      ? [htmlTable(caption(""), columns, budgetTableRows(view, flagged, ""), 2)]
      : [
          ...view.units.map((unit) =>
            htmlTable(
              caption(`, ${Unit.displayName(unit.unit)}`),
              columns,
              budgetTableRows(unit, flagged, unit.unit === undefined ? " without a unit" : ` of unit "${unit.unit}"`),
              2
            )
          ),
          htmlTable(
            caption(", plan total across units"),
            columns,
            [
              ...view.units.map((unit): Row => ({
                cells: [
                  thousands(unit.totals.prior.controllableExpenditure),
                  Fte.format(unit.totals.prior.fte),
                  Unit.displayName(unit.unit),
                  ...budgetFigures(unit.totals),
                  ""
                ]
              })),
              ...closingRows(
                view,
                view.units
                  .filter((unit) => unit.memorandum.length > 0)
                  .map((unit) => memorandumRow(Unit.displayName(unit.unit), unit.memorandumTotal.amount, unit.memorandumTotal.priorAmount)),
                flagged,
                " (grand total across units)"
              )
            ],
            2
          )
        ]
  return [
    ...tables,
    paragraph(
      "Figures in £000, rounded half away from zero to one decimal; totals are computed from the exact line figures. Incomes are negative, as printed."
    ),
    findingNotes(notes)
  ].join("\n")
}

/**
 * The variation statement: a waterfall from the opening to the closing budget with the budget
 * statement's total marked, then the table in whole £000 and the findings about it.
 *
 * @category renderers
 * @since 0.1.0
 */
export const variationSection = async (
  view: VariationStatement.VariationStatement,
  findings: ReadonlyArray<ReconciliationFindings.Finding>
): Promise<string> => {
  if (!view.recorded) return paragraph("No variation statement is recorded for this plan.")
  const whole = Money.formatWholeThousands
  const rows: Array<Row> = [{ cells: [view.opening.label, whole(view.opening.amount)] }]
  for (const section of view.sections) {
    if (section.items.length === 0) continue
    rows.push({ cells: [VariationStatement.sectionTitle(section.section), ""], kind: "section" })
    for (const item of section.items)
      rows.push({
        cells: [item.justification === undefined ? item.description : `${item.description} — ${item.justification}`, whole(item.amount)]
      })
    rows.push({
      cells: [`Subtotal: ${VariationStatement.sectionTitle(section.section).toLowerCase()}`, whole(section.subtotal)],
      kind: "subtotal"
    })
  }
  rows.push({ cells: [view.closing.label, whole(view.closing.amount)], kind: "total" })
  return [
    await chartFigure(waterfallChart(view)),
    htmlTable(`Variation statement, £000`, [{ heading: "" }, { heading: "£000", figures: true }], rows),
    `<ul>${[
      `Opening budget from: ${match(view.opening.source)
        .with({ kind: "prior-plan" }, ({ priorPlanId }) => `the budget of plan ${priorPlanId}`)
        .with({ kind: "stated" }, () => "the figure the plan prints")
        .with({ kind: "none" }, () => "nothing recorded (zero)")
        .exhaustive()}.`,
      ...(view.statedClosing === undefined ? [] : [`Printed closing budget: ${whole(view.statedClosing.amount)} (£000).`]),
      view.budgetControllableTotal === undefined || view.difference === undefined
        ? "No budget recorded yet, so the closing budget cannot be compared with a budget statement."
        : `Budget statement controllable total: ${thousands(view.budgetControllableTotal)}; difference to the closing budget: ${thousands(view.difference)} (£000).`
    ]
      .map((item) => `<li>${escapeHtml(item)}</li>`)
      .join("")}</ul>`,
    findingNotes(findingsIn(findings, "variations"))
  ].join("\n")
}

/**
 * Staffing: a chart of prior against current FTE, the table by band or division with the total,
 * the externally funded part, the justification of movement and the findings about them.
 *
 * @category renderers
 * @since 0.1.0
 */
export const staffingSection = async (
  view: StaffingTotals.StaffingTotals,
  period: Period.Period | undefined,
  findings: ReadonlyArray<ReconciliationFindings.Finding>
): Promise<string> => {
  const { prior, current } = staffingYears(period)
  const staffingRows = (rows: ReadonlyArray<StaffingTotals.StaffingRow>): Array<Row> =>
    rows.map((row) => ({ cells: [row.name, row.rowType, optionalFte(row.priorFte), optionalFte(row.fte), optionalFte(row.difference)] }))
  // An establishment by portfolio: each unit's divisions, then its subtotal.
  const rows: Array<Row> =
    view.units.length === 0
      ? staffingRows(view.rows)
      : view.units.flatMap((unit) => [
          ...staffingRows(unit.rows),
          {
            cells: [
              `Subtotal: ${Unit.displayName(unit.unit)}`,
              "",
              Fte.format(unit.totals.priorFte),
              Fte.format(unit.totals.fte),
              Fte.format(unit.totals.difference)
            ],
            kind: "total" as const
          }
        ])
  rows.push({
    cells: ["TOTAL", "", Fte.format(view.totals.priorFte), Fte.format(view.totals.fte), Fte.format(view.totals.difference)],
    kind: "total"
  })
  const parts = [
    await chartFigure(staffingChart(view, period)),
    htmlTable(
      `Staffing, FTE: ${prior} and ${current}`,
      [
        { heading: "" },
        { heading: "grouped by" },
        { heading: `${prior} FTE`, figures: true },
        { heading: `${current} FTE`, figures: true },
        { heading: "Difference", figures: true }
      ],
      rows
    )
  ]
  if (view.totals.source.fte === "stated" || view.totals.source.priorFte === "stated")
    parts.push(paragraph("The total is the figure the plan prints: its rows carry no FTE."))
  if (view.externallyFunded.sources.length > 0)
    parts.push(
      paragraph(
        `Externally funded: ${Fte.format(view.externallyFunded.fte)} FTE (${view.externallyFunded.sources.map((source) => `${source.name} ${Fte.format(source.fte)}`).join("; ")}).`
      )
    )
  if (view.movements.length > 0)
    parts.push(
      htmlTable(
        "Justification of movement, FTE",
        [{ heading: "Category" }, { heading: "FTE", figures: true }],
        [
          ...view.movements.map((movement) => ({ cells: [movement.name, Fte.format(movement.fte)] })),
          { cells: ["Total", Fte.format(view.movementTotal)], kind: "total" as const }
        ]
      )
    )
  if (view.explanation !== undefined) parts.push(paragraph(`Explanation of changes: ${view.explanation}`))
  parts.push(findingNotes(findingsIn(findings, "staffing")))
  return parts.join("\n")
}

/**
 * The indicator scorecard: a trend chart per indicator (values, target, status colour, polarity),
 * then the table with the status in words.
 *
 * @category renderers
 * @since 0.1.0
 */
export const scorecardSection = async (view: IndicatorScorecard.IndicatorScorecard): Promise<string> => {
  const charts = await Promise.all(
    view.indicators.flatMap((row) => {
      const chart = indicatorTrendChart(row)
      return chart === undefined ? [] : [chartFigure(chart)]
    })
  )
  const rows: ReadonlyArray<Row> = view.indicators.map((row) => ({
    cells: [
      row.code,
      row.title,
      polarityWords(row.polarity),
      row.target === undefined ? "—" : `${IndicatorScorecard.formatValue(row.unit, row.target.value)} (${Period.label(row.target.period)})`,
      row.latest === undefined
        ? "—"
        : `${IndicatorScorecard.formatValue(row.unit, row.latest.value)} (${row.latest.kind} ${Period.label(row.latest.period)})`,
      statusStyle(row.status).words,
      row.direction,
      row.unavailable.map((value) => `${value.kind} ${Period.label(value.period)}: ${value.reason}`).join("; ")
    ]
  }))
  return [
    charts.length === 0 ? "" : `<div class="charts">${charts.join("\n")}</div>`,
    htmlTable(
      `Indicator scorecard ${Period.label(view.period)}`,
      ["Code", "Indicator", "Better", "Target", "Latest", "Status", "Direction", "Not available"].map((heading) => ({ heading })),
      rows
    ),
    paragraph(
      `Status: met, near (within ${view.tolerancePercent}% of the target), not met, no data, no target. Unavailable values are listed with their reason, never counted as zero.`
    )
  ].join("\n")
}

/**
 * Every reconciliation finding of a plan, numbered as everywhere in the document.
 *
 * @category renderers
 * @since 0.1.0
 */
export const findingsSection = (findings: ReadonlyArray<ReconciliationFindings.Finding>): string =>
  findings.length === 0
    ? paragraph("Every published figure adds up.")
    : findingNotes(
        findings.map((finding, index): NumberedFinding => ({ number: index + 1, finding })),
        "listed-finding"
      )
