import type { PlanCommand } from "@plan-ledger/core"
import type { Importer, PlanReference } from "@plan-ledger/core/adapters"
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
  required: ["action_id", "action"],
  optional: ["priority_code", "lead", "deliverables", "resources", "target_dates", "links"]
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
 * Imports a plan's key actions, one row each: the priority it serves (several as `EWB1; EWB2`;
 * none when the plan's action table has no priority column, or the cell is blank — never a
 * made-up one), each of which the plan must define, the action, its lead (an officer, or partners separated by `/`), deliverables or planned
 * outcomes (`; `-separated), resources and target dates exactly as printed (read into amounts,
 * funding sources and dates by the projections, never rewritten), and plan links (kept as printed
 * too; a code with a letter for a digit is refused).
 *
 * @category importers
 * @since 0.2.0
 */
export const importActions: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const references: Array<PlanReference> = []
  const { rows, problems } = readTable(fileName, source, options, ACTIONS_FORMAT, (row): PlanCommand | undefined => {
    const actionId = row.requiredText("action_id", "an id for the action, such as EWB1.1")
    const priorityCodes = row.list("priority_code")
    references.push(...priorityCodes.map((code) => row.reference("priority", "priority_code", code)))
    const title = row.requiredText("action", "what the action is")
    const resources = row.text("resources")
    const targetDates = row.text("target_dates")
    const links = row.links("links")
    if (actionId === undefined || title === undefined || !row.once(seen, actionId, "action_id", `key action ${actionId}`)) return undefined
    return {
      _tag: "AddKeyAction",
      planId,
      actionId,
      title,
      ...leadOf(row.text("lead")),
      priorityCodes,
      links: links.links,
      plannedOutcomes: row.list("deliverables"),
      targetDates: targetDates === undefined ? [] : [targetDates],
      ...(resources === undefined ? {} : { funding: resources }),
      ...(links.stated === undefined ? {} : { linksStated: links.stated })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length, references }
}
