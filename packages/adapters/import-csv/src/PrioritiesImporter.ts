import type { PlanCommand } from "@plan-ledger/core"
import type { Importer, PlanReference } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The priorities table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const PRIORITIES_FORMAT: TableFormat = {
  name: "priorities",
  required: ["code", "title"],
  optional: ["theme_code", "links", "partnership"]
}

/**
 * Imports a plan's priorities: code as printed (`EWB1`, `Priority 4`), the theme they belong to
 * (which the plan must define), their title, their plan links (`KCYPP priority 2; NI 50`), each
 * link's kind read from its code and the cell kept as printed, and — in a county plan that sums up
 * each partnership's priorities — the partnership a priority belongs to.
 *
 * @category importers
 * @since 0.2.0
 */
export const importPriorities: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const references: Array<PlanReference> = []
  const { rows, problems } = readTable(fileName, source, options, PRIORITIES_FORMAT, (row): PlanCommand | undefined => {
    const code = row.requiredText("code", "the priority's code as printed, such as EWB1")
    const title = row.requiredText("title", "the priority's title")
    const theme = row.text("theme_code")
    if (theme !== undefined) references.push(row.reference("theme", "theme_code", theme))
    const partnership = row.text("partnership")
    const links = row.links("links")
    if (code === undefined || title === undefined || !row.once(seen, code, "code", `priority ${code}`)) return undefined
    return {
      _tag: "AddPriority",
      planId,
      code,
      title,
      ...(theme === undefined ? {} : { theme }),
      links: links.links,
      ...(links.stated === undefined ? {} : { linksStated: links.stated }),
      ...(partnership === undefined ? {} : { partnership })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length, references }
}
