import type { ActionStatus, PlanCommand } from "@plan-ledger/core"
import type { Importer, PlanReference } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The progress table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const PROGRESS_FORMAT: TableFormat = {
  name: "progress",
  required: ["action_id", "status"],
  optional: ["recorded_on", "note", "revised_target_date"]
}

const STATUSES: ReadonlyArray<ActionStatus> = ["not-started", "on-track", "completed", "slipped", "withdrawn"]

/**
 * Imports progress on key actions, as six-monthly monitoring records it: the action (one the plan
 * holds), the date (a blank or absent date is recorded as undated, never as today),
 * its status, a note, and for a slipped action the new target date as stated. A withdrawn action
 * needs its reason in the note.
 *
 * @category importers
 * @since 0.2.0
 */
export const importProgress: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const references: Array<PlanReference> = []
  const { rows, problems } = readTable(fileName, source, options, PROGRESS_FORMAT, (row): PlanCommand | undefined => {
    const actionId = row.requiredText("action_id", "the id of the key action, such as EWB1.1")
    const recordedOn = row.optionalDate("recorded_on")
    const undated = row.text("recorded_on") === undefined
    const status = row.choice("status", STATUSES)
    const note = row.text("note")
    const revisedTargetDate = row.text("revised_target_date")
    if (status === "slipped" && revisedTargetDate === undefined)
      row.report("revised_target_date", "a slipped action has no new target date", "the new target date as stated, such as December 09")
    if (status === "withdrawn" && note === undefined) row.report("note", "a withdrawn action has no reason", "why it was withdrawn")
    if (actionId !== undefined) references.push(row.reference("action", "action_id", actionId))
    if (actionId === undefined || (recordedOn === undefined && !undated) || status === undefined) return undefined
    const when = recordedOn === undefined ? "undated" : `on ${recordedOn}`
    if (!row.once(seen, `${actionId}@${recordedOn ?? ""}`, undated ? "action_id" : "recorded_on", `progress of ${actionId} ${when}`))
      return undefined
    return {
      _tag: "RecordActionProgress",
      planId,
      actionId,
      ...(recordedOn === undefined ? {} : { recordedOn }),
      status,
      ...(note === undefined ? {} : { note }),
      ...(revisedTargetDate === undefined ? {} : { revisedTargetDate })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length, references }
}
