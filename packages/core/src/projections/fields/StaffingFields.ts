import type { StaffingState } from "../../plan/staffing/StaffingState.js"
import { fieldsOf, fte, type PlanField, text } from "./PlanField.js"

/**
 * The staffing slice as fields: FTE by band or division, the printed total, the externally funded
 * FTE by source, the justification of movement and the explanation of changes.
 *
 * @category projections
 * @since 0.2.0
 */
export const staffingFields = (staffing: StaffingState): Array<PlanField> => [
  ...[...staffing.staffingRows.entries()].flatMap(([key, row]) =>
    fieldsOf({ kind: row.rowType === "band" ? "pay band" : "division", id: key, name: row.name, label: `staffing ${row.name}` }, [
      ["prior FTE", row.priorFte === undefined ? undefined : fte(row.priorFte)],
      ["FTE", row.fte === undefined ? undefined : fte(row.fte)]
    ])
  ),
  ...(staffing.staffingTotal === undefined
    ? []
    : fieldsOf({ kind: "staffing", id: "total", name: "total", label: "staffing total" }, [
        ["prior FTE", staffing.staffingTotal.priorFte === undefined ? undefined : fte(staffing.staffingTotal.priorFte)],
        ["FTE", staffing.staffingTotal.fte === undefined ? undefined : fte(staffing.staffingTotal.fte)]
      ])),
  ...[...staffing.externalFunding.entries()].flatMap(([source, value]) =>
    fieldsOf({ kind: "externally funded FTE", id: source, name: source, label: `externally funded FTE from ${source}` }, [
      ["FTE", fte(value)]
    ])
  ),
  ...[...staffing.staffingMovements.entries()].flatMap(([category, value]) =>
    fieldsOf({ kind: "staffing movement", id: category, name: category, label: `staffing movement "${category}"` }, [["FTE", fte(value)]])
  ),
  ...(staffing.staffingExplanation === undefined
    ? []
    : fieldsOf({ kind: "staffing", id: "explanation", name: "explanation", label: "staffing" }, [
        ["explanation of changes", text(staffing.staffingExplanation)]
      ]))
]
