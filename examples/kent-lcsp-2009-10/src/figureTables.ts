import { readFileSync } from "node:fs"
import { type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult, type Importer } from "@plan-ledger/core/adapters"
import { type CsvOptions, importBudget, importIndicators, importStaffing, importVariations } from "@plan-ledger/import-csv"

const TABLES = new URL("../csv/", import.meta.url)

const commandsOf = (result: ImportResult): ReadonlyArray<PlanCommand> => {
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join("\n"))
  return result.commands
}

const tableCommands = <Options extends CsvOptions>(fileName: string, importer: Importer<Options>, planId: string, options: Options) =>
  commandsOf(importer({ fileName: `csv/${fileName}`, text: readFileSync(new URL(fileName, TABLES), "utf8"), planId, options }))

/**
 * The revenue budget "Operations, Resources and Skills (CFE) Local Children's Service
 * Partnership" as commands, read from `csv/budget.csv`: 21 lines in £000 with the 2008-09 columns
 * as this plan states them, the printed Controllable Totals and Total Cost of Unit rows, and the
 * two memorandum items.
 *
 * @category data
 * @since 0.1.0
 */
export const budgetCommands = (planId: string): ReadonlyArray<PlanCommand> => tableCommands("budget.csv", importBudget, planId, {})

/**
 * The LCSP Variation Statement as commands, read from `csv/variations.csv`: the opening budget,
 * base adjustments, MTP pressures, the saving and the printed closing budget.
 *
 * @category data
 * @since 0.1.0
 */
export const variationCommands = (planId: string): ReadonlyArray<PlanCommand> =>
  tableCommands("variations.csv", importVariations, planId, {})

/**
 * The "Staffing Levels" table as commands, read from `csv/staffing.csv`: the pay-band rows are
 * printed blank, so only the total (294.9 FTE in 2008/09, 776.9 in 2009/10) and its explanation
 * carry figures.
 *
 * @category data
 * @since 0.1.0
 */
export const staffingCommands = (planId: string): ReadonlyArray<PlanCommand> => tableCommands("staffing.csv", importStaffing, planId, {})

/**
 * The "Key Performance Indicators" table as commands, read from `csv/indicators.csv`: each
 * indicator's definition, its actual 2007/08, estimate 2008/09 and target 2009/10, or the reason a
 * value is unavailable, for the given area.
 *
 * @category data
 * @since 0.1.0
 */
export const indicatorCommands = (planId: string, area: string): ReadonlyArray<PlanCommand> =>
  tableCommands("indicators.csv", importIndicators, planId, { area })
