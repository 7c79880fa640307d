import type { PlanCommand } from "@plan-ledger/core"
import type { Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The consultations table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const CONSULTATIONS_FORMAT: TableFormat = {
  name: "consultations",
  required: ["consultation_id", "name", "purpose"],
  optional: ["statutory", "dates", "feedback_date", "target_group", "area", "contractor", "contact"]
}

/**
 * Imports a plan's consultations: name, dates, target group or sample size, area, contractor,
 * purpose, whether it is statutory (`yes`, `no` or `not stated`, in any case; a blank cell or no
 * column is "not stated", never a guess) and the contact.
 *
 * @category importers
 * @since 0.2.0
 */
export const importConsultations: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, CONSULTATIONS_FORMAT, (row): PlanCommand | undefined => {
    const consultationId = row.requiredText("consultation_id", "an id for the consultation, such as C1")
    const name = row.requiredText("name", "the consultation's name")
    const purpose = row.requiredText("purpose", "what the consultation is for")
    const statutory = row.choice("statutory", ["yes", "no", "not stated"] as const, "not stated")
    if (consultationId === undefined || name === undefined || purpose === undefined || statutory === undefined) return undefined
    if (!row.once(seen, consultationId, "consultation_id", `consultation ${consultationId}`)) return undefined
    const optional = (column: string, field: string) => {
      const value = row.text(column)
      return value === undefined ? {} : { [field]: value }
    }
    return {
      _tag: "RecordConsultation",
      planId,
      consultationId,
      name,
      purpose,
      statutory: statutory === "not stated" ? "not-stated" : statutory === "yes",
      ...optional("dates", "dates"),
      ...optional("feedback_date", "feedbackDate"),
      ...optional("target_group", "targetGroup"),
      ...optional("area", "area"),
      ...optional("contractor", "contractor"),
      ...optional("contact", "contact")
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
