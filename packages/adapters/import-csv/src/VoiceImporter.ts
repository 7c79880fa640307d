import type { Importer, PlanCommand } from "@plan-ledger/core"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The "what people say" table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const VOICE_FORMAT: TableFormat = { name: "voice", required: ["theme_code", "speaker", "statement"], optional: [] }

const SPEAKERS = ["parents", "children-and-young-people"] as const

/**
 * Imports what parents, and children and young people, said about each theme: one statement a
 * row. A statement's id is its theme, speaker and place among that speaker's statements on the
 * theme, so re-importing the same table records nothing.
 *
 * @category importers
 * @since 0.2.0
 */
export const importVoice: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const counts = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, VOICE_FORMAT, (row): PlanCommand | undefined => {
    const themeCode = row.requiredText("theme_code", "the code of the theme, such as EWB")
    const speaker = row.choice("speaker", SPEAKERS)
    const statement = row.requiredText("statement", "what was said, in a sentence")
    if (themeCode === undefined || speaker === undefined || statement === undefined) return undefined
    const ordinal = (counts.get(`${themeCode}:${speaker}`) ?? 0) + 1
    counts.set(`${themeCode}:${speaker}`, ordinal)
    return { _tag: "RecordVoice", planId, voiceId: `${themeCode}-${speaker}-${ordinal}`, themeCode, speaker, statement }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
