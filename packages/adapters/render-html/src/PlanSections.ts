import {
  type ActionProgress,
  type ContentFindings,
  CurrentPlan,
  KeyActionView,
  Period,
  type PlanDiff,
  PlanField,
  type PlanHistory,
  type PlanList,
  sourceLabel,
  Unit
} from "@plan-ledger/core"
import { actionsByDueDateChart, actionsByStatusChart } from "./ActionCharts.js"
import { escapeHtml } from "./HtmlText.js"
import { htmlTable } from "./HtmlTable.js"
import { chartFigure } from "./VegaChart.js"

const columns = (...headings: ReadonlyArray<string>) => headings.map((heading) => ({ heading }))
const list = (items: ReadonlyArray<string>): string => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`

const actionsTable = (caption: string, actions: ReadonlyArray<KeyActionView.KeyActionView>): string =>
  htmlTable(
    caption,
    columns(...KeyActionView.PRINTED_HEADINGS),
    actions.map((action) => ({ cells: KeyActionView.printedRow(action) }))
  )

const priorityBlock = (priority: CurrentPlan.PriorityView): string =>
  [
    `<h3>${escapeHtml(`${priority.code}: ${priority.title}`)}</h3>`,
    priority.links.length === 0 ? "" : `<p>${escapeHtml(`Links: ${priority.links.map((link) => link.code).join(", ")}`)}</p>`,
    priority.actions.length === 0 ? "<p>No key action recorded.</p>" : actionsTable(`Key actions of ${priority.code}`, priority.actions)
  ].join("\n")

const voices = (heading: string, statements: ReadonlyArray<string>): string =>
  statements.length === 0 ? "" : `<p><em>${escapeHtml(heading)}</em></p>${list(statements)}`

/**
 * The whole plan: its status, themes with what people said, priorities and their key actions,
 * lead roles, risks and consultations.
 *
 * @category renderers
 * @since 0.1.0
 */
export const planSection = (view: CurrentPlan.CurrentPlan): string =>
  [
    list([
      `Plan: ${view.planId} (${view.kind}), owner ${view.ownerId}, period ${Period.label(view.period)}`,
      `Status: ${view.status}${view.approval === undefined ? "" : `, approved by ${view.approval.approvedBy} on ${view.approval.approvedOn}`}${view.supersession === undefined ? "" : `, superseded by ${view.supersession.supersededBy} on ${view.supersession.supersededOn}`}`,
      `Holds: ${view.counts.themes} themes, ${view.counts.priorities} priorities, ${view.counts.keyActions} key actions, ${view.counts.budgetLines} budget lines, ${view.counts.variationItems} variation items, ${view.counts.staffingRows} staffing rows, ${view.counts.indicators} indicators`,
      ...view.restatements.map(
        (restatement) =>
          `Restated ${restatement.effectiveDate}: ${restatement.subject} — ${restatement.reason} (authority: ${restatement.authority})`
      )
    ]),
    ...view.themes.map((theme) =>
      [
        `<h3>${escapeHtml(`${theme.code}: ${theme.name}`)}</h3>`,
        voices("What parents say", theme.parentsSaid),
        voices("What children and young people say", theme.childrenAndYoungPeopleSaid),
        ...theme.priorities.map(priorityBlock)
      ].join("\n")
    ),
    ...view.otherPriorities.map(priorityBlock),
    view.otherActions.length === 0 ? "" : actionsTable("Key actions", view.otherActions),
    view.leadRoles.length === 0
      ? ""
      : htmlTable(
          "Lead roles and targets",
          columns("Code", "Lead role or target", "Lead officer"),
          view.leadRoles.map((role) => ({ cells: [role.code, role.description, role.leadOfficer] }))
        ),
    view.risks.length === 0
      ? ""
      : htmlTable(
          "Risks",
          columns("#", "Risk", "Action", "Lead officer"),
          view.risks.map((risk) => ({ cells: [risk.riskId, risk.description, risk.actionId ?? "", risk.leadOfficer] }))
        ),
    view.consultations.length === 0
      ? ""
      : htmlTable(
          "Consultations",
          columns(...CurrentPlan.CONSULTATION_HEADINGS),
          view.consultations.map((consultation) => ({ cells: CurrentPlan.printedConsultation(consultation) }))
        )
  ]
    .filter((part) => part !== "")
    .join("\n")

/**
 * Key actions with their latest progress: charts by status and by due date, then the table.
 *
 * @category renderers
 * @since 0.1.0
 */
export const actionsSection = async (view: ActionProgress.ActionProgress): Promise<string> => {
  if (view.actions.length === 0) return "<p>No key action matches.</p>"
  const byDueDate = actionsByDueDateChart(view)
  const charts = [await chartFigure(actionsByStatusChart(view)), ...(byDueDate === undefined ? [] : [await chartFigure(byDueDate)])]
  return [
    `<div class="charts">${charts.join("\n")}</div>`,
    htmlTable(
      `Key actions of ${view.title}`,
      columns("#", "Key action", "Lead", "Target dates", "Due by", "Status", "Last update", "Note"),
      view.actions.map((action) => ({
        cells: [
          action.actionId,
          action.title,
          action.lead ?? "",
          action.targetDates?.stated ?? "",
          action.dueBy ?? "",
          action.overdue === true ? `${action.status}, overdue` : action.status,
          action.latestProgress?.recordedOn ?? "",
          [
            action.latestProgress?.note,
            action.latestProgress?.revisedTargetDate === undefined ? undefined : `new target ${action.latestProgress.revisedTargetDate}`
          ]
            .filter((part) => part !== undefined)
            .join("; ")
        ]
      }))
    ),
    "<p>Due by is the last stated milestone, or the new target date of a slipped action; ongoing work is never overdue.</p>"
  ].join("\n")
}

/**
 * Every plan of the ledger.
 *
 * @category renderers
 * @since 0.1.0
 */
export const planListSection = (plans: ReadonlyArray<PlanList.PlanListEntry>): string =>
  plans.length === 0
    ? "<p>The ledger holds no plans yet.</p>"
    : htmlTable(
        "Plans",
        columns("Plan", "Title", "Kind", "Period", "Owner", "Status"),
        plans.map((plan) => ({ cells: [plan.planId, plan.title, plan.kind, Period.label(plan.period), plan.ownerId, plan.status] }))
      )

/**
 * A plan's history with the provenance of every change.
 *
 * @category renderers
 * @since 0.1.0
 */
export const historySection = (planId: string, entries: ReadonlyArray<PlanHistory.HistoryEntry>): string =>
  htmlTable(
    `History of plan ${planId}`,
    columns("#", "Recorded", "Effective", "Change", "Subject", "What changed", "By", "Why", "Authority", "Source"),
    entries.map((entry) => ({
      cells: [
        String(entry.streamRevision),
        entry.recordedAt,
        entry.effectiveDate,
        entry.type,
        entry.subject,
        entry.summary,
        entry.actor,
        entry.reason,
        entry.authority ?? "",
        sourceLabel(entry.source)
      ]
    }))
  )

/**
 * Gaps in a plan's content, as warnings.
 *
 * @category renderers
 * @since 0.1.0
 */
export const contentFindingsSection = (findings: ReadonlyArray<ContentFindings.ContentFinding>): string =>
  findings.length === 0
    ? "<p>Every priority has actions, and every action a lead, a target date and a funded resource.</p>"
    : `<ul class="findings" aria-label="Plan content findings">${findings
        .map(
          (finding) =>
            `<li class="${finding.severity}"><strong>Warning</strong> (${escapeHtml(finding.code)}): ${escapeHtml(finding.subject)} — ${escapeHtml(finding.message)}</li>`
        )
        .join("\n")}</ul>`

/**
 * What differs in a plan between two points, each difference with the revisions that caused it.
 *
 * @category renderers
 * @since 0.3.0
 */
export const diffSection = (view: PlanDiff.PlanDiff): string =>
  htmlTable(
    `Changes to plan ${view.planId}`,
    columns("Change", "Subject", "Field", "Before", "After", "Caused by"),
    view.differences.map((difference) => ({
      cells: [
        difference.change,
        `${difference.subject.kind} ${Unit.labelInUnit(difference.subject.name, difference.subject.unit)}`,
        difference.measure,
        difference.before === undefined ? "" : PlanField.formatValue(difference.before),
        difference.after === undefined ? "" : PlanField.formatValue(difference.after),
        difference.causes
          .map(
            (cause) =>
              `revision ${cause.streamRevision}${cause.direction === "withdrawn" ? " (withdrawn)" : ""}: ${cause.actor}, ${cause.reason}${cause.authority === undefined ? "" : `, authority ${cause.authority}`}`
          )
          .join("; ")
      ]
    }))
  )
