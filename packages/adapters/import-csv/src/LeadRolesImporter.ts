import type { Importer, PlanCommand } from "@plan-ledger/core"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The lead roles / targets table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const LEAD_ROLES_FORMAT: TableFormat = { name: "lead-roles", required: ["code", "description", "lead_officer"], optional: [] }

/**
 * Imports a plan's lead roles and targets: the plan code (`NI 117`, `2010 TARGET 16`), what it
 * is, and the lead officer.
 *
 * @category importers
 * @since 0.2.0
 */
export const importLeadRoles: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, LEAD_ROLES_FORMAT, (row): PlanCommand | undefined => {
    const code = row.requiredText("code", "the plan code, such as NI 117 or 2010 TARGET 16")
    const description = row.requiredText("description", "the lead role or target")
    const leadOfficer = row.requiredText("lead_officer", "the lead officer's role")
    if (code === undefined || description === undefined || leadOfficer === undefined || !row.once(seen, code, "code", `lead role ${code}`))
      return undefined
    return { _tag: "AssignLeadRole", planId, code, description, leadOfficer }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
