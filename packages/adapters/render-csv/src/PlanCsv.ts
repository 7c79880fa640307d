import type { ActionProgress, ContentFindings, CurrentPlan, KeyActionView, PlanList } from "@plan-ledger/core"
import { Period } from "@plan-ledger/core"
import { csvDocument } from "./CsvCell.js"

const PLAN_HEADERS = ["section", "code", "parent", "title", "lead", "details", "resources", "target_dates", "links", "status"]

const actionRow = (action: KeyActionView.KeyActionView): ReadonlyArray<string> => [
  "action",
  action.actionId,
  action.priorityCodes.join("; "),
  action.title,
  action.lead ?? "",
  action.plannedOutcomes.join("; "),
  action.resources?.stated ?? "",
  action.targetDates?.stated ?? "",
  action.links.map((link) => link.code).join("; "),
  action.status
]

const priorityRows = (priority: CurrentPlan.PriorityView, themeCode: string): ReadonlyArray<ReadonlyArray<string>> => [
  ["priority", priority.code, themeCode, priority.title, "", "", "", "", priority.links.map((link) => link.code).join("; "), ""],
  ...priority.actions.map(actionRow)
]

/**
 * The whole plan as one CSV table, a row per record: `section` says what each row is (plan,
 * theme, voice, priority, action, lead-role, risk, consultation) and `parent` what it belongs to.
 *
 * @category renderers
 * @since 0.2.0
 */
export const currentPlan = (view: CurrentPlan.CurrentPlan): string =>
  csvDocument(PLAN_HEADERS, [
    ["plan", view.planId, view.ownerId, view.title, "", `${view.kind}; ${Period.label(view.period)}`, "", "", "", view.status],
    ...view.themes.flatMap((theme) => [
      ["theme", theme.code, "", theme.name, "", theme.ecmOutcome ?? "", "", "", "", ""],
      ...theme.parentsSaid.map((statement) => ["voice", "parents", theme.code, statement, "", "", "", "", "", ""]),
      ...theme.childrenAndYoungPeopleSaid.map((statement) => [
        "voice",
        "children-and-young-people",
        theme.code,
        statement,
        "",
        "",
        "",
        "",
        "",
        ""
      ]),
      ...theme.priorities.flatMap((priority) => priorityRows(priority, theme.code))
    ]),
    ...view.otherPriorities.flatMap((priority) => priorityRows(priority, "")),
    ...view.otherActions.map(actionRow),
    ...view.leadRoles.map((role) => ["lead-role", role.code, "", role.description, role.leadOfficer, "", "", "", "", ""]),
    ...view.risks.map((risk) => ["risk", risk.riskId, risk.actionId ?? "", risk.description, risk.leadOfficer, "", "", "", "", ""]),
    ...view.consultations.map((consultation) => [
      "consultation",
      consultation.consultationId,
      "",
      consultation.name,
      consultation.contact ?? "",
      [
        consultation.purpose,
        consultation.targetGroup,
        consultation.area,
        consultation.contractor,
        consultation.statutory === "not-stated" ? "statutory or not: not stated" : consultation.statutory ? "statutory" : "not statutory"
      ]
        .filter((part) => part !== undefined)
        .join("; "),
      "",
      consultation.dates ?? "",
      "",
      ""
    ])
  ])

/**
 * Key actions with their progress, one row each.
 *
 * @category renderers
 * @since 0.2.0
 */
export const actionProgress = (view: ActionProgress.ActionProgress): string =>
  csvDocument(
    [
      "action_id",
      "priority_codes",
      "action",
      "lead",
      "target_dates",
      "due_by",
      "status",
      "last_update",
      "note",
      "revised_target_date",
      "overdue"
    ],
    view.actions.map((action) => [
      action.actionId,
      action.priorityCodes.join("; "),
      action.title,
      action.lead ?? "",
      action.targetDates?.stated ?? "",
      action.dueBy ?? "",
      action.status,
      action.latestProgress?.recordedOn ?? "",
      action.latestProgress?.note ?? "",
      action.latestProgress?.revisedTargetDate ?? "",
      action.overdue === undefined ? "" : action.overdue ? "yes" : "no"
    ])
  )

/**
 * Every plan of the ledger, one row each.
 *
 * @category renderers
 * @since 0.2.0
 */
export const planList = (plans: ReadonlyArray<PlanList.PlanListEntry>): string =>
  csvDocument(
    ["plan", "title", "kind", "period", "owner", "status"],
    plans.map((plan) => [plan.planId, plan.title, plan.kind, Period.label(plan.period), plan.ownerId, plan.status])
  )

/**
 * Content findings, one row each.
 *
 * @category renderers
 * @since 0.2.0
 */
export const contentFindings = (findings: ReadonlyArray<ContentFindings.ContentFinding>): string =>
  csvDocument(
    ["severity", "code", "subject", "message"],
    findings.map((finding) => [finding.severity, finding.code, finding.subject, finding.message])
  )
