import { type Importer, type PlanCommand, PlanLinkText } from "@plan-ledger/core"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The key actions table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const ACTIONS_FORMAT: TableFormat = {
  name: "actions",
  required: ["action_id", "priority_code", "action"],
  optional: ["lead", "deliverables", "resources", "target_dates", "links"]
}

// A lead written as partners ("Education / CSS / Health") names several; one name is an officer.
const leadOf = (lead: string | undefined): { readonly accountableManager?: string; readonly leadPartners: ReadonlyArray<string> } => {
  if (lead === undefined) return { leadPartners: [] }
  const partners = lead
    .split("/")
    .map((partner) => partner.trim())
    .filter((partner) => partner !== "")
  return partners.length > 1 ? { leadPartners: partners } : { accountableManager: lead, leadPartners: [] }
}

/**
 * Imports a plan's key actions, one row each: the priority it serves (several as `EWB1; EWB2`),
 * the action, its lead (an officer, or partners separated by `/`), deliverables or planned
 * outcomes (`; `-separated), resources and target dates exactly as printed (read into amounts,
 * funding sources and dates by the projections, never rewritten), and plan links.
 *
 * @category importers
 * @since 0.2.0
 */
export const importActions: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, ACTIONS_FORMAT, (row): PlanCommand | undefined => {
    const actionId = row.requiredText("action_id", "an id for the action, such as EWB1.1")
    const priorityCodes = row.list("priority_code")
    if (priorityCodes.length === 0)
      row.report("priority_code", "priority_code is blank", "the code of the priority the action serves, such as EWB1")
    const title = row.requiredText("action", "what the action is")
    const resources = row.text("resources")
    const targetDates = row.text("target_dates")
    if (
      actionId === undefined ||
      title === undefined ||
      priorityCodes.length === 0 ||
      !row.once(seen, actionId, "action_id", `key action ${actionId}`)
    )
      return undefined
    return {
      _tag: "AddKeyAction",
      planId,
      actionId,
      title,
      ...leadOf(row.text("lead")),
      priorityCodes,
      links: row.list("links").map(PlanLinkText.parse),
      plannedOutcomes: row.list("deliverables"),
      targetDates: targetDates === undefined ? [] : [targetDates],
      ...(resources === undefined ? {} : { funding: resources })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
