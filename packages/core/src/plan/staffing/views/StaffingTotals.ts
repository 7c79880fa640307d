import { Result } from "effect"
import * as Fte from "../../../money/Fte.js"
import type { LedgerState } from "../../../ledger/LedgerState.js"
import type { PlanState } from "../../PlanState.js"
import { findPlan, type PlanNotFound } from "../../views/PlanNotFound.js"
import type { StaffingRowType, StaffingTotalStated } from "../events.js"

/**
 * Where a staffing total comes from: the sum of the rows when any row carries that figure, else
 * the total the table prints, else nothing.
 *
 * @category models
 * @since 0.1.0
 */
export type TotalSource = "rows" | "stated" | "none"

/**
 * One row of a staffing table: a pay band or a division, in its unit (portfolio) if it has one.
 *
 * @category models
 * @since 0.4.0
 */
export interface StaffingRow {
  readonly unit: string | undefined
  readonly rowType: StaffingRowType
  readonly name: string
  readonly priorFte: Fte.Fte | undefined
  readonly fte: Fte.Fte | undefined
  readonly difference: Fte.Fte | undefined
}

/**
 * Rows with their totals: computed from the rows where they carry FTE, and the totals printed.
 *
 * @category models
 * @since 0.4.0
 */
export interface StaffingTable {
  readonly rows: ReadonlyArray<StaffingRow>
  readonly totals: {
    readonly priorFte: Fte.Fte
    readonly fte: Fte.Fte
    readonly difference: Fte.Fte
    readonly source: { readonly priorFte: TotalSource; readonly fte: TotalSource }
  }
  readonly stated: { readonly priorFte: Fte.Fte | undefined; readonly fte: Fte.Fte | undefined } | undefined
}

/**
 * A unit's (portfolio's) part of an establishment: its divisions and its subtotal. `unit` is
 * `undefined` for the rows of such a plan that name no unit.
 *
 * @category models
 * @since 0.4.0
 */
export interface UnitStaffingTable extends StaffingTable {
  readonly unit: string | undefined
}

/**
 * A plan's staffing: FTE by band or division, prior and current, the totals, the externally
 * funded part by source, and the justification of movement against the total difference. A
 * directorate's establishment by division with subtotals per portfolio also has one table per
 * unit (`units`; empty unless a unit prints a subtotal or the rows sit in two or more units); the plan's own rows and totals are then the
 * grand total across them, and the justification of movement is checked against its difference.
 *
 * @category models
 * @since 0.1.0
 */
export interface StaffingTotals extends StaffingTable {
  readonly planId: string
  readonly units: ReadonlyArray<UnitStaffingTable>
  readonly externallyFunded: { readonly fte: Fte.Fte; readonly sources: ReadonlyArray<{ readonly name: string; readonly fte: Fte.Fte }> }
  readonly movements: ReadonlyArray<{ readonly name: string; readonly fte: Fte.Fte }>
  readonly movementTotal: Fte.Fte
  /** Whether the movement justification adds up to the total difference; `undefined` without movements. */
  readonly movementsReconcile: boolean | undefined
  readonly explanation: string | undefined
}

const totalOf = (
  fromRows: ReadonlyArray<Fte.Fte | undefined>,
  stated: Fte.Fte | undefined
): { readonly value: Fte.Fte; readonly source: TotalSource } => {
  const present = fromRows.filter((value): value is Fte.Fte => value !== undefined)
  if (present.length > 0) return { value: Fte.sum(present), source: "rows" }
  if (stated !== undefined) return { value: stated, source: "stated" }
  return { value: Fte.zero, source: "none" }
}

/**
 * Projects a plan's staffing totals.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): Result.Result<StaffingTotals, PlanNotFound> =>
  Result.map(findPlan(ledger, planId), totalsOf)

const tableOf = (rows: ReadonlyArray<StaffingRow>, stated: typeof StaffingTotalStated.Type | undefined): StaffingTable => {
  const prior = totalOf(
    rows.map((row) => row.priorFte),
    stated?.priorFte
  )
  const current = totalOf(
    rows.map((row) => row.fte),
    stated?.fte
  )
  return {
    rows,
    totals: {
      priorFte: prior.value,
      fte: current.value,
      difference: Fte.subtract(current.value, prior.value),
      source: { priorFte: prior.source, fte: current.source }
    },
    stated: stated === undefined ? undefined : { priorFte: stated.priorFte, fte: stated.fte }
  }
}

// The units the staffing is set out by, in the order first recorded; with any, `undefined` stands
// for the rows that name none. Staffing is set out by unit when a unit prints a subtotal, or its
// rows sit in two or more units.
const unitsOf = (plan: PlanState, rows: ReadonlyArray<StaffingRow>): ReadonlyArray<string | undefined> => {
  const rowUnits = new Set(rows.flatMap((row) => (row.unit === undefined ? [] : [row.unit])))
  if (plan.unitStaffingTotals.size === 0 && rowUnits.size < 2) return []
  const units = new Set<string | undefined>([...rowUnits, ...plan.unitStaffingTotals.keys()])
  units.delete(undefined)
  return rows.some((row) => row.unit === undefined) ? [...units, undefined] : [...units]
}

const totalsOf = (plan: PlanState): StaffingTotals => {
  const rows = [...plan.staffingRows.values()].map((row): StaffingRow => ({
    unit: row.unit,
    rowType: row.rowType,
    name: row.name,
    priorFte: row.priorFte,
    fte: row.fte,
    difference: row.priorFte !== undefined && row.fte !== undefined ? Fte.subtract(row.fte, row.priorFte) : undefined
  }))
  const plansTable = tableOf(rows, plan.staffingTotal)
  const units = unitsOf(plan, rows).map((unit): UnitStaffingTable => ({
    unit,
    ...tableOf(
      rows.filter((row) => row.unit === unit),
      unit === undefined ? undefined : plan.unitStaffingTotals.get(unit)
    )
  }))
  const sources = [...plan.externalFunding].map(([name, fte]) => ({ name, fte }))
  const movements = [...plan.staffingMovements].map(([name, fte]) => ({ name, fte }))
  const movementTotal = Fte.sum(movements.map((movement) => movement.fte))
  return {
    planId: plan.planId,
    ...plansTable,
    units,
    externallyFunded: { fte: Fte.sum(sources.map((source) => source.fte)), sources },
    movements,
    movementTotal,
    movementsReconcile: movements.length === 0 ? undefined : movementTotal === plansTable.totals.difference,
    explanation: plan.staffingExplanation
  }
}
