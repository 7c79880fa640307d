import type { PlanCommand } from "@plan-ledger/core"
import type { ImportProblem, ImportResult, Importer, PlanReference } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { importActions } from "./ActionsImporter.js"
import { importConsultations } from "./ConsultationsImporter.js"
import { importContributingIndicators } from "./ContributingIndicatorsImporter.js"
import { importLeadRoles } from "./LeadRolesImporter.js"
import { importPriorities } from "./PrioritiesImporter.js"
import { importProgress } from "./ProgressImporter.js"
import { importRisks } from "./RisksImporter.js"
import { importThemes } from "./ThemesImporter.js"
import { importVoice } from "./VoiceImporter.js"

// The plan-content tables by file name, in the order their records depend on each other: themes
// before priorities, priorities before actions, actions before their progress.
const CONTENT_TABLES: ReadonlyArray<readonly [string, Importer<CsvOptions>]> = [
  ["themes.csv", importThemes],
  ["priorities.csv", importPriorities],
  ["actions.csv", importActions],
  ["voice.csv", importVoice],
  ["lead-roles.csv", importLeadRoles],
  ["risks.csv", importRisks],
  ["consultations.csv", importConsultations],
  ["progress.csv", importProgress],
  ["contributing-indicators.csv", importContributingIndicators]
]

/**
 * The file names of the plan-content tables, in import order.
 *
 * @category formats
 * @since 0.2.0
 */
export const CONTENT_TABLE_FILES: ReadonlyArray<string> = CONTENT_TABLES.map(([fileName]) => fileName)

/**
 * Imports a plan's content tables together (`themes.csv`, `priorities.csv`, `actions.csv`,
 * `voice.csv`, `lead-roles.csv`, `risks.csv`, `consultations.csv`, `progress.csv`,
 * `contributing-indicators.csv` — whichever are
 * given, matched by the file name's last part), in the order their records depend on each other:
 * every command of every table, or every problem of every table and no command.
 *
 * @category importers
 * @since 0.2.0
 */
export const importPlanTables = (
  files: ReadonlyArray<{ readonly fileName: string; readonly text: string }>,
  planId: string
): ImportResult => {
  const commands: Array<PlanCommand> = []
  const problems: Array<ImportProblem> = []
  const references: Array<PlanReference> = []
  let rows = 0
  for (const [tableFile, importer] of CONTENT_TABLES) {
    const file = files.find(({ fileName }) => fileName === tableFile || fileName.endsWith(`/${tableFile}`))
    if (file === undefined) continue
    const result = importer({ fileName: file.fileName, text: file.text, planId, options: {} })
    if (result.ok) {
      // A loop, not push(...commands): a table of a hundred thousand rows would overflow the stack.
      for (const command of result.commands) commands.push(command)
      for (const reference of result.references ?? []) references.push(reference)
      rows += result.rows
    } else {
      for (const problem of result.problems) problems.push(problem)
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands, rows, references }
}
