import {
  type ActionProgress,
  type ContentFindings,
  CurrentPlan,
  KeyActionView,
  Money,
  Period,
  type PlanList,
  type Resource
} from "@plan-ledger/core"
import { bold, markdownText as text, table } from "./MarkdownTable.js"

const resourceTotalsLine = (totals: Resource.ResourceTotals): string => {
  const amounts = totals.bySource.map(
    (source) =>
      `£${Money.formatPounds(source.amount)} ${source.fundingSource === undefined ? "(source not stated)" : text(source.fundingSource)}`
  )
  const counted = [
    totals.staffTime === 0 ? "" : `${totals.staffTime} staff time`,
    totals.toBeAgreed === 0 ? "" : `${totals.toBeAgreed} to be agreed`,
    totals.statedOnly === 0 ? "" : `${totals.statedOnly} stated without an amount`,
    totals.notSummed === 0 ? "" : `${totals.notSummed} not added up (a range, a rate, or per year or over a period)`
  ].filter((part) => part !== "")
  return [...amounts, ...counted].join("; ")
}

const ACTION_HEADERS = KeyActionView.PRINTED_HEADINGS
const ACTION_ALIGNMENT = ACTION_HEADERS.map(() => "left" as const)

const priorityBlock = (priority: CurrentPlan.PriorityView): ReadonlyArray<string> => [
  `#### ${text(priority.code)}: ${text(priority.title)}`,
  "",
  ...(priority.links.length === 0 ? [] : [`Links: ${text(priority.links.map((link) => link.code).join(", "))}`, ""]),
  priority.actions.length === 0
    ? "No key action recorded."
    : table(ACTION_HEADERS, ACTION_ALIGNMENT, priority.actions.map(KeyActionView.printedRow)),
  "",
  ...(priority.resourceTotals.bySource.length === 0 ? [] : [`Resources: ${resourceTotalsLine(priority.resourceTotals)}`, ""])
]

const voices = (heading: string, statements: ReadonlyArray<string>): ReadonlyArray<string> =>
  statements.length === 0 ? [] : [`*${heading}*`, "", ...statements.map((statement) => `- ${text(statement)}`), ""]

/**
 * The whole plan in Markdown: status, themes with what people said, priorities, key actions with
 * their leads, resources, dates, links and progress, lead roles, risks and consultations.
 *
 * @category renderers
 * @since 0.2.0
 */
export const currentPlan = (view: CurrentPlan.CurrentPlan): string =>
  [
    `## ${text(view.title)}`,
    "",
    `- Plan: ${text(view.planId)} (${view.kind}), owner ${text(view.ownerId)}, period ${Period.label(view.period)}`,
    `- Status: ${bold(view.status)}${view.approval === undefined ? "" : `, approved by ${text(view.approval.approvedBy)} on ${view.approval.approvedOn}`}${view.supersession === undefined ? "" : `, superseded by ${view.supersession.supersededBy.map(text).join(", ")} on ${view.supersession.supersededOn}`}`,
    `- Holds: ${view.counts.themes} themes, ${view.counts.priorities} priorities, ${view.counts.keyActions} key actions, ${view.counts.budgetLines} budget lines, ${view.counts.variationItems} variation items, ${view.counts.staffingRows} staffing rows, ${view.counts.indicators} indicators`,
    ...(view.resourceTotals.bySource.length === 0 && view.resourceTotals.staffTime === 0
      ? []
      : [`- Resources of the key actions: ${resourceTotalsLine(view.resourceTotals)}`]),
    ...(view.restatements.length === 0
      ? []
      : [
          "",
          "### Restatements",
          "",
          ...view.restatements.map(
            (restatement) =>
              `- ${restatement.effectiveDate}: ${text(restatement.subject)} — ${text(restatement.reason)} (authority: ${text(restatement.authority)}; recorded by ${text(restatement.actor)})`
          )
        ]),
    ...view.themes.flatMap((theme) => [
      "",
      `### ${text(theme.code)}: ${text(theme.name)}`,
      "",
      ...voices("What parents say", theme.parentsSaid),
      ...voices("What children and young people say", theme.childrenAndYoungPeopleSaid),
      ...theme.priorities.flatMap(priorityBlock)
    ]),
    ...(view.otherPriorities.length === 0
      ? []
      : ["", `### ${view.themes.length === 0 ? "Priorities" : "Other priorities"}`, "", ...view.otherPriorities.flatMap(priorityBlock)]),
    ...(view.otherActions.length === 0
      ? []
      : ["", "### Key actions", "", table(ACTION_HEADERS, ACTION_ALIGNMENT, view.otherActions.map(KeyActionView.printedRow))]),
    ...(view.leadRoles.length === 0
      ? []
      : [
          "",
          "### Lead roles and targets",
          "",
          table(
            ["Code", "Lead role or target", "Lead officer"],
            ["left", "left", "left"],
            view.leadRoles.map((role) => [role.code, role.description, role.leadOfficer])
          )
        ]),
    ...(view.risks.length === 0
      ? []
      : [
          "",
          "### Risks",
          "",
          table(
            ["#", "Risk", "Action", "Lead officer"],
            ["left", "left", "left", "left"],
            view.risks.map((risk) => [risk.riskId, risk.description, risk.actionId ?? "", risk.leadOfficer])
          )
        ]),
    ...(view.consultations.length === 0
      ? []
      : [
          "",
          "### Consultations",
          "",
          table(
            CurrentPlan.CONSULTATION_HEADINGS,
            CurrentPlan.CONSULTATION_HEADINGS.map((): "left" => "left"),
            view.consultations.map(CurrentPlan.printedConsultation)
          )
        ]),
    ""
  ].join("\n")

/**
 * Key actions with their latest progress, as a monitoring report lists them.
 *
 * @category renderers
 * @since 0.2.0
 */
export const actionProgress = (view: ActionProgress.ActionProgress): string => {
  const filters = [
    view.filter.status === undefined ? "" : `status ${view.filter.status}`,
    view.filter.lead === undefined ? "" : `lead "${text(view.filter.lead)}"`,
    view.filter.dueBefore === undefined ? "" : `due by ${view.filter.dueBefore}`,
    view.filter.overdueOn === undefined ? "" : `overdue on ${view.filter.overdueOn}`
  ].filter((part) => part !== "")
  return [
    `## Key actions — ${text(view.title)}${filters.length === 0 ? "" : ` (${filters.join(", ")})`}`,
    "",
    view.actions.length === 0
      ? "No key action matches."
      : table(
          ["#", "Key action", "Lead", "Target dates", "Due by", "Status", "Last update", "Note"],
          ["left", "left", "left", "left", "left", "left", "left", "left"],
          view.actions.map((action) => [
            action.actionId,
            action.title,
            action.lead ?? "",
            action.targetDates?.stated ?? "",
            action.dueBy ?? "",
            action.overdue === true ? bold(`${action.status}, overdue`) : action.status,
            action.latestProgress?.recordedOn ?? "",
            [
              action.latestProgress?.note,
              action.latestProgress?.revisedTargetDate === undefined ? undefined : `new target ${action.latestProgress.revisedTargetDate}`
            ]
              .filter((part) => part !== undefined)
              .join("; ")
          ])
        ),
    "",
    `${view.actions.length} ${view.actions.length === 1 ? "key action" : "key actions"}. Due by is the last stated milestone, or the new target date of a slipped action; ongoing work is never overdue.`,
    ""
  ].join("\n")
}

/**
 * Every plan of the ledger, one row each.
 *
 * @category renderers
 * @since 0.2.0
 */
export const planList = (plans: ReadonlyArray<PlanList.PlanListEntry>): string =>
  [
    "## Plans",
    "",
    plans.length === 0
      ? "The ledger holds no plans yet."
      : table(
          ["Plan", "Title", "Kind", "Period", "Owner", "Status"],
          ["left", "left", "left", "left", "left", "left"],
          plans.map((plan) => [plan.planId, plan.title, plan.kind, Period.label(plan.period), plan.ownerId, plan.status])
        ),
    ""
  ].join("\n")

/**
 * Gaps in a plan's content, as warnings.
 *
 * @category renderers
 * @since 0.2.0
 */
export const contentFindings = (findings: ReadonlyArray<ContentFindings.ContentFinding>): string =>
  findings.length === 0
    ? "## Plan content findings\n\nEvery priority has actions, and every action a lead, a target date and a funded resource.\n"
    : [
        "## Plan content findings",
        "",
        table(
          ["Severity", "Code", "Subject", "Finding"],
          ["left", "left", "left", "left"],
          findings.map((finding) => [bold(finding.severity), finding.code, finding.subject, finding.message])
        ),
        ""
      ].join("\n")
