import type { PlanCommand } from "@plan-ledger/core"
import type { Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The lead roles / targets table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const LEAD_ROLES_FORMAT: TableFormat = {
  name: "lead-roles",
  required: ["code", "description", "lead_officer"],
  optional: ["role"]
}

/**
 * Imports a plan's lead roles and targets: the plan code as printed (`NI 117`, `2010 TARGET 16`,
 * or several in one cell: `NI 117; LAA2 (II)`), each code read with its kind (a code with a letter
 * for a digit is refused), what it is, the lead officer, and whether the plan leads or supports
 * (`lead` or `support`, in any case; blank when the table does not say).
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
    const { links } = row.links("code")
    const role = row.text("role") === undefined ? undefined : row.choice("role", ["lead", "support"] as const)
    if (code === undefined || description === undefined || leadOfficer === undefined || !row.once(seen, code, "code", `lead role ${code}`))
      return undefined
    return {
      _tag: "AssignLeadRole",
      planId,
      code,
      description,
      leadOfficer,
      // One code as the single link it always was is not repeated; several are listed each with its kind.
      ...(links.length > 1 || (links[0] !== undefined && links[0].code !== code) ? { links } : {}),
      ...(role === undefined ? {} : { role })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
