import { type Importer, type PlanCommand } from "@plan-ledger/core"
import { match } from "ts-pattern"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, shown, type TableFormat } from "./Table.js"

/**
 * The staffing table's columns.
 *
 * @category formats
 * @since 0.1.0
 */
export const STAFFING_FORMAT: TableFormat = {
  name: "staffing",
  required: ["row_type", "name", "prior_fte", "fte"],
  optional: ["note"]
}

const ROW_TYPES = ["band", "division", "total", "external", "movement"] as const

/**
 * Imports a staffing table: FTE by pay band or division (prior and current; blank cells are
 * absent, not zero), the printed total (its `note` is the explanation of changes), externally
 * funded FTE by source, and justification-of-movement categories.
 *
 * @category importers
 * @since 0.1.0
 */
export const importStaffing: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, STAFFING_FORMAT, (row): ReadonlyArray<PlanCommand> | undefined => {
    const rowType = row.choice("row_type", ROW_TYPES)
    const name = row.requiredText("name", "the band, division, funding source or movement category")
    const priorFte = row.fte("prior_fte")
    const fte = row.fte("fte")
    const note = row.text("note")
    if (rowType === undefined || name === undefined) return undefined
    const firstLine = seen.get(`${rowType}:${name}`)
    if (firstLine !== undefined) {
      row.report("name", `${rowType} ${shown(name)} appears twice (first on ${row.lineName(firstLine)})`, "each row once per file")
      return undefined
    }
    seen.set(`${rowType}:${name}`, row.line)
    const needsFte = (): boolean => {
      if (fte === undefined && row.text("fte") === undefined) row.report("fte", "fte is blank", "the FTE, such as 17.2")
      return fte !== undefined
    }
    return match(rowType)
      .with("band", "division", (grouping): ReadonlyArray<PlanCommand> => [
        {
          _tag: "SetStaffingRow",
          planId,
          rowType: grouping,
          name,
          ...(priorFte === undefined ? {} : { priorFte }),
          ...(fte === undefined ? {} : { fte })
        }
      ])
      .with("total", (): ReadonlyArray<PlanCommand> => [
        { _tag: "StateStaffingTotal", planId, ...(priorFte === undefined ? {} : { priorFte }), ...(fte === undefined ? {} : { fte }) },
        ...(note === undefined ? [] : [{ _tag: "ExplainStaffingChange" as const, planId, explanation: note }])
      ])
      .with("external", (): ReadonlyArray<PlanCommand> | undefined =>
        needsFte() && fte !== undefined ? [{ _tag: "SetExternalFunding", planId, source: name, fte }] : undefined
      )
      .with("movement", (): ReadonlyArray<PlanCommand> | undefined =>
        needsFte() && fte !== undefined ? [{ _tag: "JustifyStaffingMovement", planId, category: name, fte }] : undefined
      )
      .exhaustive()
  })
  const commands = rows.flat()
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands, rows: rows.length }
}
