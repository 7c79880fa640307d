import type { ActionProgress } from "@plan-ledger/core"
import { type SheetTable, text } from "./SheetTable.js"

/**
 * Key actions with their latest progress as a sheet, one row each, overdue ones marked.
 *
 * @category sheets
 * @since 0.1.0
 */
export const actionsSheet = (view: ActionProgress.ActionProgress): SheetTable => ({
  name: "Key actions",
  headers: [
    "#",
    "Priorities",
    "Key action",
    "Lead",
    "Target dates",
    "Due by",
    "Status",
    "Overdue",
    "Last update",
    "Note",
    "New target date"
  ],
  rows: view.actions.map((action) => ({
    cells: [
      text(action.actionId),
      text(action.priorityCodes.join(", ")),
      text(action.title),
      text(action.lead ?? ""),
      text(action.targetDates?.stated ?? ""),
      text(action.dueBy ?? ""),
      text(action.status),
      text(action.overdue === true ? "overdue" : ""),
      text(action.latestProgress?.recordedOn ?? ""),
      text(action.latestProgress?.note ?? ""),
      text(action.latestProgress?.revisedTargetDate ?? "")
    ]
  })),
  notes: [`Key actions of ${view.title}. Due by is the last stated milestone, or the new target date of a slipped action.`]
})
