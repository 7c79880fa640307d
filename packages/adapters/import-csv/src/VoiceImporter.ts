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

// What makes two rows the same statement: its theme, speaker and words.
const sameStatementKey = (themeCode: string, speaker: string, statement: string): string => `${themeCode}/${speaker}/${statement}`

/**
 * Imports what parents, and children and young people, said about each theme: one statement a
 * row, identified by its `voice_id` when the table has one. A statement without one is given the
 * next free id of its theme and speaker when it is recorded — never an id made of its words, which
 * are personal — and one the plan already holds word for word is not recorded again, so a second
 * file (the autumn survey after the spring one) adds its statements beside the first file's. A
 * statement that appears twice in one file is refused with both rows named; re-importing the same
 * table records nothing.
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
    const words = sameStatementKey(themeCode, speaker, statement)
    if (!row.once(saidBefore, words, "statement", `the ${speaker} statement ${shown(statement)} on theme ${themeCode}`)) return undefined
    if (given !== undefined && !row.once(seen, given, "voice_id", `voice_id ${shown(given)}`)) return undefined
    return { _tag: "RecordVoice", planId, ...(given === undefined ? {} : { voiceId: given }), themeCode, speaker, statement }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
