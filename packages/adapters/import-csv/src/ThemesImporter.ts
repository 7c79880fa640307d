import type { EcmOutcome, PlanCommand } from "@plan-ledger/core"
import type { Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The themes table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const THEMES_FORMAT: TableFormat = { name: "themes", required: ["theme_code", "theme"], optional: ["ecm_outcome", "introduction"] }

const ECM_OUTCOMES: ReadonlyArray<typeof EcmOutcome.Type> = [
  "be-healthy",
  "stay-safe",
  "enjoy-and-achieve",
  "make-a-positive-contribution",
  "achieve-economic-well-being"
]

/**
 * Imports a plan's themes: the code its priorities carry, the theme's name, and the Every Child
 * Matters outcome it serves (blank when it serves several), and the theme's introductory text as
 * printed.
 *
 * @category importers
 * @since 0.2.0
 */
export const importThemes: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, THEMES_FORMAT, (row): PlanCommand | undefined => {
    const code = row.requiredText("theme_code", "the code the theme's priorities carry, such as EWB")
    const name = row.requiredText("theme", "the theme's name, such as Emotional Well Being")
    const ecmOutcome = row.text("ecm_outcome") === undefined ? undefined : row.choice("ecm_outcome", ECM_OUTCOMES)
    const introduction = row.text("introduction")
    if (code === undefined || name === undefined || !row.once(seen, code, "theme_code", `theme ${code}`)) return undefined
    return {
      _tag: "AddTheme",
      planId,
      code,
      name,
      ...(ecmOutcome === undefined ? {} : { ecmOutcome }),
      ...(introduction === undefined ? {} : { introduction })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
