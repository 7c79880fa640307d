import { type PlanCommand, PlanLinkText } from "@plan-ledger/core"
import { type Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The contributing-indicators table's columns.
 *
 * @category formats
 * @since 0.4.0
 */
export const CONTRIBUTING_INDICATORS_FORMAT: TableFormat = { name: "contributing-indicators", required: ["code", "title"], optional: [] }

/**
 * Imports the indicators a plan lists as ones it contributes to: each code (`NI 50`, one a row)
 * and its title as printed — no values, no lead. A code that no plan-code rule reads as an
 * indicator, or one with a letter for a digit (`NI 5O`), is refused with the fix.
 *
 * @category importers
 * @since 0.4.0
 */
export const importContributingIndicators: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, CONTRIBUTING_INDICATORS_FORMAT, (row): PlanCommand | undefined => {
    const code = row.requiredText("code", "the indicator's code, such as NI 50")
    const title = row.requiredText("title", "the indicator's title as the plan prints it")
    if (code === undefined || title === undefined) return undefined
    const { links } = row.links("code")
    const [indicator, ...others] = links
    if (indicator === undefined || others.length > 0 || indicator.kind === "strategy") {
      if (PlanLinkText.read(code).malformed.length === 0)
        row.report("code", `"${code}" is not one plan code`, "one code a row, such as NI 50 or EWB1")
      return undefined
    }
    if (!row.once(seen, indicator.code, "code", `indicator ${indicator.code}`)) return undefined
    return { _tag: "ListContributingIndicator", planId, code: indicator.code, title }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
