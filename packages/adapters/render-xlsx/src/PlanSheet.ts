import { type CurrentPlan, type KeyActionView, Period } from "@plan-ledger/core"
import { type SheetRow, type SheetTable, text } from "./SheetTable.js"

const actionRow = (theme: string, priority: string, action: KeyActionView.KeyActionView): SheetRow => ({
  cells: [
    text(theme),
    text(priority),
    text(action.actionId),
    text(action.title),
    text(action.lead ?? ""),
    text(action.plannedOutcomes.join("; ")),
    text(action.resources?.stated ?? ""),
    text(action.targetDates?.stated ?? ""),
    text(action.links.map((link) => link.code).join(", ")),
    text(action.status)
  ]
})

// A priority's heading row, then its key actions.
const priorityRows = (theme: string, priority: CurrentPlan.PriorityView): ReadonlyArray<SheetRow> => [
  { cells: [text(theme), text(priority.code), text(""), text(priority.title)], bold: true },
  ...priority.actions.map((action) => actionRow(theme, priority.code, action))
]

/**
 * What the plan says, as a sheet: each theme's priorities in order with their key actions —
 * lead, deliverables, resources, target dates, links and status.
 *
 * @category sheets
 * @since 0.1.0
 */
export const planSheet = (view: CurrentPlan.CurrentPlan): SheetTable => ({
  name: "Plan",
  headers: ["Theme", "Priority", "#", "Key action", "Lead", "Deliverables / outcomes", "Resources", "Target dates", "Links", "Status"],
  rows: [
    ...view.themes.flatMap((theme) => theme.priorities.flatMap((priority) => priorityRows(theme.code, priority))),
    ...view.otherPriorities.flatMap((priority) => priorityRows("", priority)),
    ...view.otherActions.map((action) => actionRow("", "", action))
  ],
  notes: [`${view.title}: plan ${view.planId}, ${Period.label(view.period)}, ${view.status}.`]
})
