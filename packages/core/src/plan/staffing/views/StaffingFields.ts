import type { Fte } from "../../../money/Fte.js"
import type { StaffingRowState, StaffingState } from "../StaffingState.js"
import { inUnit, keyInUnit, labelInUnit } from "../../Unit.js"
import { fieldsOf, fte, type PlanField, text } from "../../views/PlanField.js"

const optionalFte = (value: Fte | undefined) => (value === undefined ? undefined : fte(value))

/**
 * A pay band's or division's prior and current FTE, under its row key; a sentence names a row of a
 * unit (a portfolio) with its unit.
 *
 * @category projections
 * @since 0.2.0
 */
export const staffingRowFields = (key: string, row: StaffingRowState | undefined): Array<PlanField> =>
  row === undefined
    ? []
    : fieldsOf(
        {
          kind: row.rowType === "band" ? "pay band" : "division",
          id: key,
          name: row.name,
          label: labelInUnit(`staffing ${row.name}`, row.unit),
          ...inUnit(row.unit)
        },
        [
          ["prior FTE", optionalFte(row.priorFte)],
          ["FTE", optionalFte(row.fte)]
        ]
      )

/**
 * The printed staffing total: a unit's (portfolio's) subtotal, or without a unit the plan's total.
 *
 * @category projections
 * @since 0.2.0
 */
export const staffingTotalFields = (staffing: StaffingState, unit?: string): Array<PlanField> => {
  const total = unit === undefined ? staffing.staffingTotal : staffing.unitStaffingTotals.get(unit)
  return total === undefined
    ? []
    : fieldsOf(
        { kind: "staffing", id: keyInUnit(unit, "total"), name: "total", label: labelInUnit("staffing total", unit), ...inUnit(unit) },
        [
          ["prior FTE", optionalFte(total.priorFte)],
          ["FTE", optionalFte(total.fte)]
        ]
      )
}

/**
 * The FTE funded from one external source.
 *
 * @category projections
 * @since 0.2.0
 */
export const externalFundingFields = (source: string, value: Fte | undefined): Array<PlanField> =>
  fieldsOf({ kind: "externally funded FTE", id: source, name: source, label: `externally funded FTE from ${source}` }, [
    ["FTE", optionalFte(value)]
  ])

/**
 * The FTE one category of the justification of movement accounts for.
 *
 * @category projections
 * @since 0.2.0
 */
export const staffingMovementFields = (category: string, value: Fte | undefined): Array<PlanField> =>
  fieldsOf({ kind: "staffing movement", id: category, name: category, label: `staffing movement "${category}"` }, [
    ["FTE", optionalFte(value)]
  ])

/**
 * The explanation of changes in staffing.
 *
 * @category projections
 * @since 0.2.0
 */
export const staffingExplanationFields = (staffing: StaffingState): Array<PlanField> =>
  fieldsOf({ kind: "staffing", id: "explanation", name: "explanation", label: "staffing" }, [
    ["explanation of changes", staffing.staffingExplanation === undefined ? undefined : text(staffing.staffingExplanation)]
  ])

/**
 * The staffing slice as fields: FTE by band or division, the printed total, the externally funded
 * FTE by source, the justification of movement and the explanation of changes.
 *
 * @category projections
 * @since 0.2.0
 */
export const staffingFields = (staffing: StaffingState): Array<PlanField> => [
  ...[...staffing.staffingRows.entries()].flatMap(([key, row]) => staffingRowFields(key, row)),
  ...staffingTotalFields(staffing),
  ...[...staffing.unitStaffingTotals.keys()].flatMap((unit) => staffingTotalFields(staffing, unit)),
  ...[...staffing.externalFunding.entries()].flatMap(([source, value]) => externalFundingFields(source, value)),
  ...[...staffing.staffingMovements.entries()].flatMap(([category, value]) => staffingMovementFields(category, value)),
  ...staffingExplanationFields(staffing)
]
