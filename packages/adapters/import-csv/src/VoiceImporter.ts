import type { PlanCommand } from "@plan-ledger/core"
import type { Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, shown, type TableFormat } from "./Table.js"

/**
 * The "what people say" table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const VOICE_FORMAT: TableFormat = { name: "voice", required: ["theme_code", "speaker", "statement"], optional: ["voice_id"] }

const SPEAKERS = ["parents", "children-and-young-people"] as const

/**
 * The id of a statement the table gives no `voice_id`: its theme, speaker and words. A statement
 * is identified by what it says, never by its row, so a second file (the autumn survey after the
 * spring one) adds its statements beside the first file's instead of replacing them row by row.
 *
 * @category importers
 * @since 0.4.0
 */
export const voiceIdOf = (themeCode: string, speaker: string, statement: string): string => `${themeCode}/${speaker}/${statement}`

/**
 * Imports what parents, and children and young people, said about each theme: one statement a
 * row, identified by its `voice_id` when the table has one, else by its theme, speaker and words.
 * A statement that appears twice in one file is refused with both rows named; re-importing the
 * same table records nothing.
 *
 * @category importers
 * @since 0.2.0
 */
export const importVoice: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const saidBefore = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, VOICE_FORMAT, (row): PlanCommand | undefined => {
    const themeCode = row.requiredText("theme_code", "the code of the theme, such as EWB")
    const speaker = row.choice("speaker", SPEAKERS)
    const statement = row.requiredText("statement", "what was said, in a sentence")
    const given = row.text("voice_id")
    if (themeCode === undefined || speaker === undefined || statement === undefined) return undefined
    // The same words on the same theme from the same speaker are one statement, whatever ids the
    // rows give; and one id names one statement.
    const words = voiceIdOf(themeCode, speaker, statement)
    if (!row.once(saidBefore, words, "statement", `the ${speaker} statement ${shown(statement)} on theme ${themeCode}`)) return undefined
    if (given !== undefined && !row.once(seen, given, "voice_id", `voice_id ${shown(given)}`)) return undefined
    const voiceId = given ?? words
    return { _tag: "RecordVoice", planId, voiceId, themeCode, speaker, statement }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
