import { type Fte, type PlanCommand, Unit } from "@plan-ledger/core"
import { type Importer } from "@plan-ledger/core/adapters"
import { match } from "ts-pattern"
import type { CsvOptions } from "./CsvReader.js"
import { printedOnce } from "./PrintedOnce.js"
import { readTable, shown, type TableFormat } from "./Table.js"
import { type UnitImportOptions, unitOfRow } from "./UnitColumn.js"

/**
 * The staffing table's columns.
 *
 * @category formats
 * @since 0.1.0
 */
export const STAFFING_FORMAT: TableFormat = {
  name: "staffing",
  required: ["row_type", "name", "prior_fte", "fte"],
  optional: ["note", "unit"]
}

const ROW_TYPES = ["band", "division", "total", "external", "movement"] as const

/**
 * Imports a staffing table: FTE by pay band or division (prior and current; blank cells are
 * absent, not zero), the printed total (its `note` is the explanation of changes), externally
 * funded FTE by source, and justification-of-movement categories. A directorate's establishment
 * puts its divisions in units (portfolios): every row in `options.unit` when given, else in the
 * unit its `unit` cell names; a total in a unit is that unit's subtotal, a total without one the
 * plan's grand total. External funding, the justification of movement and the explanation of
 * changes belong to the whole plan, so a row of them in a unit is a problem.
 *
 * @category importers
 * @since 0.1.0
 */
export const importStaffing: Importer<CsvOptions & UnitImportOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const printedTotal = printedOnce()
  const { rows, problems } = readTable(fileName, source, options, STAFFING_FORMAT, (row): ReadonlyArray<PlanCommand> | undefined => {
    const rowType = row.choice("row_type", ROW_TYPES)
    const name = row.requiredText("name", "the band, division, funding source or movement category")
    const unit = unitOfRow(row, options.unit)
    if (rowType === undefined || name === undefined) return undefined
    const key = Unit.keyInUnit(unit, `${rowType}:${name}`)
    const firstLine = seen.get(key)
    if (firstLine !== undefined) {
      row.report(
        "name",
        `${rowType} ${shown(name)} appears twice${unit === undefined ? "" : ` in unit ${shown(unit)}`} (first on ${row.lineName(firstLine)})`,
        unit === undefined ? "each row once per file" : "each row once per unit in a file"
      )
      return undefined
    }
    seen.set(key, row.line)
    const inUnit = unit === undefined ? {} : { unit }
    const wholePlan = (what: string): boolean => {
      if (unit === undefined) return true
      row.report(
        options.unit === undefined ? "unit" : "row_type",
        `${what} belongs to the whole plan, not to unit ${shown(unit)}`,
        `this row in a file imported without --unit${options.unit === undefined ? ", its unit cell blank" : ""}`
      )
      return false
    }
    // Each row type reads only the cells it records: a prior FTE on an external row, or a note on a
    // band, is refused by the table as a value that would be lost.
    const currentFte = (): Fte.Amount | undefined => {
      const fte = row.fte("fte")
      if (fte === undefined && row.text("fte") === undefined) row.report("fte", "fte is blank", "the FTE, such as 17.2")
      return fte
    }
    return match(rowType)
      .with("band", "division", (grouping): ReadonlyArray<PlanCommand> => {
        const priorFte = row.fte("prior_fte")
        const fte = row.fte("fte")
        return [
          {
            _tag: "SetStaffingRow",
            planId,
            ...inUnit,
            rowType: grouping,
            name,
            ...(priorFte === undefined ? {} : { priorFte }),
            ...(fte === undefined ? {} : { fte })
          }
        ]
      })
      .with("total", (): ReadonlyArray<PlanCommand> | undefined => {
        const priorFte = row.fte("prior_fte")
        const fte = row.fte("fte")
        const note = row.text("note")
        if (note !== undefined && !wholePlan("the explanation of changes (the total's note)")) return undefined
        if (
          !printedTotal(
            row,
            "row_type",
            "total",
            unit,
            "one total row per establishment (per portfolio in a plan set out by unit) — keep the row the plan prints, its explanation of changes in its note"
          )
        )
          return undefined
        return [
          {
            _tag: "StateStaffingTotal",
            planId,
            ...inUnit,
            ...(priorFte === undefined ? {} : { priorFte }),
            ...(fte === undefined ? {} : { fte })
          },
          ...(note === undefined ? [] : [{ _tag: "ExplainStaffingChange" as const, planId, explanation: note }])
        ]
      })
      .with("external", (): ReadonlyArray<PlanCommand> | undefined => {
        const fte = currentFte()
        return wholePlan("externally funded FTE") && fte !== undefined
          ? [{ _tag: "SetExternalFunding", planId, source: name, fte }]
          : undefined
      })
      .with("movement", (): ReadonlyArray<PlanCommand> | undefined => {
        const fte = currentFte()
        return wholePlan("the justification of movement") && fte !== undefined
          ? [{ _tag: "JustifyStaffingMovement", planId, category: name, fte }]
          : undefined
      })
      .exhaustive()
  })
  const commands = rows.flat()
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands, rows: rows.length }
}
