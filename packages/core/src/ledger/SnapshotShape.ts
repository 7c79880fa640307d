import { emptyBudget } from "../plan/budget/BudgetState.js"
import { emptyContent } from "../plan/content/ContentState.js"
import { emptyIndicators } from "../plan/indicators/IndicatorsState.js"
import { emptyStaffing } from "../plan/staffing/StaffingState.js"

type Kind = "map" | "array" | "object" | "string" | "number" | "boolean" | "undefined" | "null"

const kindOf = (value: unknown): Kind =>
  value instanceof Map ? "map" : Array.isArray(value) ? "array" : value === null ? "null" : (typeof value as Kind)

const isPlainObject = (value: unknown): value is Record<string, unknown> => kindOf(value) === "object"

// What every plan's state holds from its draft on, field by field: each slice's empty state.
const PLAN_FIELDS: ReadonlyArray<readonly [string, Kind]> = Object.entries({
  ...emptyContent(),
  ...emptyBudget(),
  ...emptyStaffing(),
  ...emptyIndicators()
}).map(([field, value]) => [field, kindOf(value)] as const)

const planProblem = (planId: string, plan: unknown): string | undefined => {
  if (!isPlainObject(plan)) return `plan ${planId} is a ${kindOf(plan)}, not a plan's state`
  if (typeof plan["planId"] !== "string" || typeof plan["title"] !== "string") return `plan ${planId} lacks its id or title`
  for (const [field, kind] of PLAN_FIELDS) {
    const found = kindOf(plan[field])
    if (found !== kind && !(kind === "undefined" || found === "undefined"))
      return `plan ${planId}'s ${field} is a ${found}, where a ${kind} belongs`
    if (kind !== "undefined" && found === "undefined") return `plan ${planId} lacks its ${field}`
  }
  return undefined
}

const entriesProblem = (name: string, entries: unknown, check: (key: string, value: unknown) => string | undefined): string | undefined => {
  if (!(entries instanceof Map)) return `its ${name} are a ${kindOf(entries)}, not a map`
  for (const [key, value] of entries) {
    if (typeof key !== "string") return `its ${name} are keyed by a ${kindOf(key)}, not by ids`
    const problem = check(key, value)
    if (problem !== undefined) return problem
  }
  return undefined
}

/**
 * Why a decoded snapshot state is not the shape the ledger fold builds, or `undefined` when it
 * is: plans, partnerships and catalogues as maps keyed by id, each plan with every slice's fields
 * of the kind its fold keeps (a map where a map belongs), and a whole count of events. Folding
 * more events onto a state of another shape, or projecting a view from it, would fail inside
 * plan-ledger instead of refusing the snapshot.
 *
 * @category snapshots
 * @since 0.4.0
 */
export const shapeProblem = (state: unknown): string | undefined => {
  if (!isPlainObject(state)) return `its state is a ${kindOf(state)}, not a ledger's state`
  const eventCount = state["eventCount"]
  if (!Number.isSafeInteger(eventCount) || (eventCount as number) < 0) return "its count of events is not a whole number"
  return (
    entriesProblem("plans", state["plans"], planProblem) ??
    entriesProblem("partnerships", state["partnerships"], (id, value) =>
      isPlainObject(value) ? undefined : `partnership ${id} is a ${kindOf(value)}, not a partnership's state`
    ) ??
    entriesProblem("catalogues", state["catalogues"], (id, value) =>
      isPlainObject(value) ? undefined : `catalogue ${id} is a ${kindOf(value)}, not a catalogue's state`
    )
  )
}
