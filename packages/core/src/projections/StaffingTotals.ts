import { Either } from "effect"
import * as Fte from "../money/Fte.js"
import type { LedgerState } from "../ledger/LedgerState.js"
import type { PlanState } from "../plan/PlanState.js"
import { findPlan, type PlanNotFound } from "./PlanNotFound.js"
import type { StaffingRowType } from "../plan/staffing/events.js"

/**
 * Where a staffing total comes from: the sum of the rows when any row carries that figure, else
 * the total the table prints, else nothing.
 *
 * @category models
 * @since 0.1.0
 */
export type TotalSource = "rows" | "stated" | "none"

/**
 * A plan's staffing: FTE by band or division, prior and current, the totals, the externally
 * funded part by source, and the justification of movement against the total difference.
 *
 * @category models
 * @since 0.1.0
 */
export interface StaffingTotals {
  readonly planId: string
  readonly rows: ReadonlyArray<{
    readonly rowType: StaffingRowType
    readonly name: string
    readonly priorFte: Fte.Fte | undefined
    readonly fte: Fte.Fte | undefined
    readonly difference: Fte.Fte | undefined
  }>
  readonly totals: {
    readonly priorFte: Fte.Fte
    readonly fte: Fte.Fte
    readonly difference: Fte.Fte
    readonly source: { readonly priorFte: TotalSource; readonly fte: TotalSource }
  }
  readonly stated: { readonly priorFte: Fte.Fte | undefined; readonly fte: Fte.Fte | undefined } | undefined
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
export const project = (ledger: LedgerState, planId: string): Either.Either<StaffingTotals, PlanNotFound> =>
  Either.map(findPlan(ledger, planId), totalsOf)

const totalsOf = (plan: PlanState): StaffingTotals => {
  const rows = [...plan.staffingRows.values()].map((row) => ({
    rowType: row.rowType,
    name: row.name,
    priorFte: row.priorFte,
    fte: row.fte,
    difference: row.priorFte !== undefined && row.fte !== undefined ? Fte.subtract(row.fte, row.priorFte) : undefined
  }))
  const prior = totalOf(
    rows.map((row) => row.priorFte),
    plan.staffingTotal?.priorFte
  )
  const current = totalOf(
    rows.map((row) => row.fte),
    plan.staffingTotal?.fte
  )
  const difference = Fte.subtract(current.value, prior.value)
  const sources = [...plan.externalFunding].map(([name, fte]) => ({ name, fte }))
  const movements = [...plan.staffingMovements].map(([name, fte]) => ({ name, fte }))
  const movementTotal = Fte.sum(movements.map((movement) => movement.fte))
  return {
    planId: plan.planId,
    rows,
    totals: { priorFte: prior.value, fte: current.value, difference, source: { priorFte: prior.source, fte: current.source } },
    stated: plan.staffingTotal === undefined ? undefined : { priorFte: plan.staffingTotal.priorFte, fte: plan.staffingTotal.fte },
    externallyFunded: { fte: Fte.sum(sources.map((source) => source.fte)), sources },
    movements,
    movementTotal,
    movementsReconcile: movements.length === 0 ? undefined : movementTotal === difference,
    explanation: plan.staffingExplanation
  }
}
