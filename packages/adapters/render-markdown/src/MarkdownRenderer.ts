import {
  BudgetStatement,
  Fte,
  IndicatorScorecard,
  Money,
  Period,
  type PlanDiff,
  PlanField,
  type PlanHistory,
  type ReconciliationFindings,
  sourceLabel,
  type StaffingTotals,
  Unit,
  VariationStatement
} from "@plan-ledger/core"
import { type Renderer } from "@plan-ledger/core/adapters"
import { match } from "ts-pattern"
import { crossPlanReport } from "./CrossPlanMarkdown.js"
import { bold, markdownText as text, table } from "./MarkdownTable.js"
import { indicatorRollUp, partnershipList, partnershipProfile } from "./PartnershipMarkdown.js"
import { actionProgress, contentFindings, currentPlan, planList } from "./PlanMarkdown.js"
import { subjectAccess } from "./SubjectAccessMarkdown.js"

const thousands = Money.formatThousands
const unitName = Unit.displayName
const optionalFte = (value: Fte.Fte | undefined): string => (value === undefined ? "" : Fte.format(value))

const budgetFigures = BudgetStatement.printedFigures

// A row of a budget table with the prior year's column, an activity (or a unit) and the figures.
const budgetRow = (
  prior: { readonly controllableExpenditure: Money.Pence; readonly fte: Fte.Fte } | undefined,
  activity: string,
  columns: BudgetStatement.BudgetColumns,
  cabinetMember: string
): ReadonlyArray<string> => [
  prior === undefined ? "" : thousands(prior.controllableExpenditure),
  prior === undefined ? "" : Fte.format(prior.fte),
  activity,
  ...budgetFigures(columns),
  thousands(columns.controllableExpenditure),
  cabinetMember
]

// Below the rows of a table: its controllable totals, memorandum items and total cost.
const budgetClosingRows = (
  view: BudgetStatement.BudgetTable,
  memorandumRows: ReadonlyArray<ReadonlyArray<string>>
): ReadonlyArray<ReadonlyArray<string>> => [
  [
    bold(thousands(view.totals.prior.controllableExpenditure)),
    bold(Fte.format(view.totals.prior.fte)),
    bold("Controllable Totals"),
    ...budgetFigures(view.totals).map(bold),
    bold(thousands(view.totals.controllableExpenditure)),
    ""
  ],
  ...(memorandumRows.length > 0 ? [["", "", "*Memorandum Items*", "", "", "", "", "", "", "", "", ""], ...memorandumRows] : []),
  [
    bold(thousands(view.totalCostOfUnit.priorAmount)),
    bold(Fte.format(view.totals.prior.fte)),
    bold("Total Cost of Unit"),
    ...budgetFigures(view.totals).map(bold),
    bold(thousands(view.totalCostOfUnit.amount)),
    ""
  ]
]

const memorandumRow = (name: string, amount: Money.Pence, priorAmount: Money.Pence | undefined): ReadonlyArray<string> => [
  priorAmount === undefined ? "" : thousands(priorAmount),
  "",
  name,
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  thousands(amount),
  ""
]

const budgetTableText = (period: Period.Period, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  table(
    BudgetStatement.columnHeadings(period),
    ["right", "right", "left", "right", "right", "right", "right", "right", "right", "right", "right", "left"],
    rows
  )

// One unit's table, or a plan's only one: its lines, then its closing rows.
const budgetTableRows = (view: BudgetStatement.BudgetTable): ReadonlyArray<ReadonlyArray<string>> => [
  ...view.lines.map((line) => budgetRow(line.prior, line.activity, line, line.cabinetMember ?? "")),
  ...budgetClosingRows(
    view,
    view.memorandum.map((item) => memorandumRow(item.name, item.amount, item.priorAmount))
  )
]

// A plan of several units: each unit's table, then the plan's total across them, a row per unit.
const unitBudgetTables = (view: BudgetStatement.BudgetStatement): ReadonlyArray<string> => [
  ...view.units.flatMap((unit) => [`### ${text(unitName(unit.unit))}`, "", budgetTableText(view.period, budgetTableRows(unit)), ""]),
  "### Plan total across units",
  "",
  budgetTableText(view.period, [
    ...view.units.map((unit) => budgetRow(unit.totals.prior, unitName(unit.unit), unit.totals, "")),
    ...budgetClosingRows(
      view,
      view.units
        .filter((unit) => unit.memorandum.length > 0)
        .map((unit) => memorandumRow(unitName(unit.unit), unit.memorandumTotal.amount, unit.memorandumTotal.priorAmount))
    )
  ]),
  ""
]

const budgetStatement = (view: BudgetStatement.BudgetStatement): string =>
  [
    `## Budget statement — ${text(view.title)} (${Period.label(view.period)})`,
    "",
    ...(view.units.length === 0 ? [budgetTableText(view.period, budgetTableRows(view)), ""] : unitBudgetTables(view)),
    "Figures in £000, rounded half away from zero to one decimal; totals are computed from exact line figures.",
    ""
  ].join("\n")

const variationStatement = (view: VariationStatement.VariationStatement): string => {
  if (!view.recorded) return `## Variation statement — ${text(view.planId)}\n\nNo variation statement is recorded for this plan.\n`
  const whole = Money.formatWholeThousands
  const rows: Array<ReadonlyArray<string>> = [[view.opening.label, whole(view.opening.amount)]]
  for (const section of view.sections) {
    if (section.items.length === 0) continue
    rows.push([bold(VariationStatement.sectionTitle(section.section)), ""])
    for (const item of section.items)
      rows.push([item.justification === undefined ? item.description : `${item.description} — ${item.justification}`, whole(item.amount)])
    rows.push([`*Subtotal: ${VariationStatement.sectionTitle(section.section).toLowerCase()}*`, `*${whole(section.subtotal)}*`])
  }
  rows.push([bold(view.closing.label), bold(whole(view.closing.amount))])
  const stated = view.statedClosing === undefined ? [] : [`- Printed closing budget: ${whole(view.statedClosing.amount)} (£000).`]
  return [
    `## Variation statement — ${text(view.planId)}`,
    "",
    table(["", "£000"], ["left", "right"], rows),
    "",
    `- Opening budget from: ${match(view.opening.source)
      .with({ kind: "prior-plan" }, ({ priorPlanId }) => `the budget of plan ${text(priorPlanId)}`)
      .with({ kind: "stated" }, () => "the figure the plan prints")
      .with({ kind: "none" }, () => "nothing recorded (zero)")
      .exhaustive()}.`,
    ...stated,
    view.budgetControllableTotal === undefined || view.difference === undefined
      ? "- No budget recorded yet, so the closing budget cannot be compared with a budget statement."
      : `- Budget statement controllable total: ${thousands(view.budgetControllableTotal)}; difference to the closing budget: ${thousands(view.difference)} (£000).`,
    ""
  ].join("\n")
}

const staffingRows = (rows: ReadonlyArray<StaffingTotals.StaffingRow>): Array<ReadonlyArray<string>> =>
  rows.map((row) => [row.name, row.rowType, optionalFte(row.priorFte), optionalFte(row.fte), optionalFte(row.difference)])

// An establishment by portfolio: each unit's divisions, then its subtotal.
const unitStaffingRows = (view: StaffingTotals.StaffingTotals): Array<ReadonlyArray<string>> =>
  view.units.flatMap((unit) => [
    ...staffingRows(unit.rows),
    [
      `*Subtotal: ${unitName(unit.unit)}*`,
      "",
      `*${Fte.format(unit.totals.priorFte)}*`,
      `*${Fte.format(unit.totals.fte)}*`,
      `*${Fte.format(unit.totals.difference)}*`
    ]
  ])

const staffingTotals = (view: StaffingTotals.StaffingTotals): string => {
  const rows = view.units.length === 0 ? staffingRows(view.rows) : unitStaffingRows(view)
  rows.push([
    bold("TOTAL"),
    "",
    bold(Fte.format(view.totals.priorFte)),
    bold(Fte.format(view.totals.fte)),
    bold(Fte.format(view.totals.difference))
  ])
  const lines = [
    `## Staffing — ${text(view.planId)}`,
    "",
    table(["", "grouped by", "Prior FTE", "FTE", "Difference"], ["left", "left", "right", "right", "right"], rows),
    ""
  ]
  if (view.totals.source.fte === "stated" || view.totals.source.priorFte === "stated")
    lines.push("The total is the figure the plan prints: its rows carry no FTE.", "")
  if (view.externallyFunded.sources.length > 0) {
    lines.push(
      `Externally funded: ${Fte.format(view.externallyFunded.fte)} FTE (${view.externallyFunded.sources.map((source) => `${text(source.name)} ${Fte.format(source.fte)}`).join("; ")}).`,
      ""
    )
  }
  if (view.movements.length > 0) {
    lines.push(
      table(
        ["Justification of movement", "FTE"],
        ["left", "right"],
        [
          ...view.movements.map((movement) => [movement.name, Fte.format(movement.fte)]),
          [bold("Total"), bold(Fte.format(view.movementTotal))]
        ]
      ),
      "",
      view.movementsReconcile === true
        ? "The justification adds up to the change in total FTE."
        : "The justification does **not** add up to the change in total FTE (see `check`).",
      ""
    )
  }
  if (view.explanation !== undefined) lines.push(`Explanation of changes: ${text(view.explanation)}`, "")
  return lines.join("\n")
}

// An academic-year target's period already says "academic"; its qualifier would say it twice.
const targetQualifiers = (target: { readonly period: Period.Period; readonly qualifiers: ReadonlyArray<string> }): ReadonlyArray<string> =>
  target.qualifiers.filter((qualifier) => !(qualifier === "academic-year" && target.period._tag === "AcademicYear"))

const scorecard = (view: IndicatorScorecard.IndicatorScorecard): string => {
  const rows = view.indicators.map((row) => [
    row.code,
    row.title,
    row.polarity === "higher-is-better" ? "higher" : "lower",
    row.target === undefined
      ? "—"
      : `${IndicatorScorecard.formatValue(row.unit, row.target.value)} (${[Period.label(row.target.period), ...targetQualifiers(row.target)].join(", ")})`,
    row.latest === undefined
      ? "—"
      : `${IndicatorScorecard.formatValue(row.unit, row.latest.value)} (${row.latest.kind} ${Period.label(row.latest.period)})`,
    bold(row.status),
    row.direction,
    row.unavailable.map((value) => `${value.kind} ${Period.label(value.period)}: ${value.reason}`).join("; ")
  ])
  return [
    `## Indicator scorecard — ${text(view.planId)} (${Period.label(view.period)})`,
    "",
    table(
      ["Code", "Indicator", "Better", "Target", "Latest", "Status", "Direction", "Not available"],
      ["left", "left", "left", "right", "right", "left", "left", "left"],
      rows
    ),
    "",
    `Status: met, near (within ${view.tolerancePercent}% of the target), not-met, no-data, no-target. Unavailable values are listed, never counted as zero.`,
    ""
  ].join("\n")
}

const findingFigure = (finding: ReconciliationFindings.Finding, value: number): string =>
  finding.measure === "money" ? Money.formatThousandsInText(Money.Pence.make(value)) : `${Fte.formatExact(Fte.Fte.make(value))} FTE`

const findings = (list: ReadonlyArray<ReconciliationFindings.Finding>): string => {
  if (list.length === 0) return "## Reconciliation findings\n\nEvery published figure adds up.\n"
  return [
    "## Reconciliation findings",
    "",
    table(
      ["Severity", "Code", "Subject", "Stated", "Computed", "Difference"],
      ["left", "left", "left", "right", "right", "right"],
      list.map((finding) => [
        bold(finding.severity),
        finding.code,
        finding.subject,
        findingFigure(finding, finding.stated),
        findingFigure(finding, finding.computed),
        findingFigure(finding, finding.difference)
      ])
    ),
    "",
    ...list.map((finding) => `- ${text(finding.message)}`),
    ""
  ].join("\n")
}

const history = (planId: string, entries: ReadonlyArray<PlanHistory.HistoryEntry>): string =>
  [
    `## History — ${text(planId)}`,
    "",
    table(
      ["#", "Recorded", "Effective", "Change", "By", "Why", "Authority", "Source"],
      ["right", "left", "left", "left", "left", "left", "left", "left"],
      entries.map((entry) => [
        String(entry.streamRevision),
        entry.recordedAt,
        entry.effectiveDate,
        entry.summary,
        entry.actor,
        entry.reason,
        entry.authority ?? "",
        sourceLabel(entry.source)
      ])
    ),
    ""
  ].join("\n")

const pointText = ({ label, point }: PlanDiff.DiffPoint): string =>
  [
    `**${text(label)}**`,
    point.recordedUpTo === undefined ? "everything recorded" : `recorded up to ${point.recordedUpTo}`,
    point.effectiveOn === undefined ? "every effective date" : `in force on ${point.effectiveOn}`
  ].join(" — ")

const causeReference = (cause: PlanDiff.Cause): string => `${cause.direction === "withdrawn" ? "without " : ""}#${cause.streamRevision}`

// Each event that caused a difference, once, with its provenance.
const causeList = (view: PlanDiff.PlanDiff): ReadonlyArray<string> => {
  const causes = new Map(view.differences.flatMap((difference) => difference.causes.map((cause) => [cause.eventId, cause] as const)))
  return [...causes.values()]
    .sort((left, right) => left.streamRevision - right.streamRevision)
    .map(
      (cause) =>
        `- ${causeReference(cause)} ${cause.type}, recorded ${cause.recordedAt}, effective ${cause.effectiveDate}, by ${text(cause.actor)}: ${text(cause.reason)}${cause.authority === undefined ? "" : `; authority: ${text(cause.authority)}`}${cause.source === undefined ? "" : `; source: ${text(sourceLabel(cause.source))}`}`
    )
}

const differenceTable = (view: PlanDiff.PlanDiff): ReadonlyArray<string> => [
  table(
    ["Change", "Subject", "Field", "Before", "After", "Caused by"],
    ["left", "left", "left", "right", "right", "left"],
    view.differences.map((difference) => [
      difference.change,
      `${difference.subject.kind} ${Unit.labelInUnit(difference.subject.name, difference.subject.unit)}`,
      difference.measure,
      difference.before === undefined ? "" : PlanField.formatValue(difference.before),
      difference.after === undefined ? "" : PlanField.formatValue(difference.after),
      difference.causes.map(causeReference).join(", ")
    ])
  ),
  "",
  "Caused by:",
  "",
  ...causeList(view)
]

const diff = (view: PlanDiff.PlanDiff): string =>
  [
    `## Changes — ${text(view.title)} (${text(view.planId)})`,
    "",
    `- From: ${pointText(view.from)}`,
    `- To: ${pointText(view.to)}`,
    "",
    ...(view.differences.length === 0 ? ["Nothing differs between the two points."] : differenceTable(view)),
    ""
  ].join("\n")

/**
 * The Markdown output adapter: tables laid out like the council's own, £000 with one decimal,
 * negative incomes, totals rows.
 *
 * @example
 * import { BudgetStatement, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const budget = BudgetStatement.project(state, "lcsp-2009-10")
 * import { markdownRenderer } from "@plan-ledger/render-markdown"
 * if (budget._tag === "Success") process.stdout.write(markdownRenderer.budgetStatement(budget.success))
 *
 * @category renderers
 * @since 0.1.0
 */
export const markdownRenderer: Renderer = {
  format: "md",
  currentPlan,
  budgetStatement,
  variationStatement,
  staffingTotals,
  scorecard,
  findings,
  contentFindings,
  checkReport: (figureFindings, gaps) => `${findings(figureFindings)}\n${contentFindings(gaps)}`,
  crossPlanReport,
  actionProgress,
  planList,
  partnershipList,
  partnershipProfile,
  indicatorRollUp,
  history,
  diff,
  subjectAccess
}
