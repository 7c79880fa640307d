import type { PlanCommand } from "@plan-ledger/core"
import type { Importer, PlanReference } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type TableFormat } from "./Table.js"

/**
 * The risks table's columns.
 *
 * @category formats
 * @since 0.2.0
 */
export const RISKS_FORMAT: TableFormat = { name: "risks", required: ["risk_id", "description", "lead_officer"], optional: ["action_id"] }

/**
 * Imports a plan's risks: each with its lead officer and, where the plan says, the key action or
 * project it threatens, which must be one of the plan's key actions.
 *
 * @category importers
 * @since 0.2.0
 */
export const importRisks: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const references: Array<PlanReference> = []
  const { rows, problems } = readTable(fileName, source, options, RISKS_FORMAT, (row): PlanCommand | undefined => {
    const riskId = row.requiredText("risk_id", "an id for the risk, such as R1")
    const description = row.requiredText("description", "the risk")
    const leadOfficer = row.requiredText("lead_officer", "the lead officer's role")
    const actionId = row.text("action_id")
    if (actionId !== undefined) references.push(row.reference("action", "action_id", actionId))
    if (
      riskId === undefined ||
      description === undefined ||
      leadOfficer === undefined ||
      !row.once(seen, riskId, "risk_id", `risk ${riskId}`)
    )
      return undefined
    return { _tag: "RecordRisk", planId, riskId, description, leadOfficer, ...(actionId === undefined ? {} : { actionId }) }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length, references }
}
