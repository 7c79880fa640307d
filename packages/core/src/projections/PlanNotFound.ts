import { Data } from "effect"
import type { LedgerState } from "./LedgerState.js"
import type { PlanState } from "../plan/PlanState.js"

/**
 * A projection or command named a plan the ledger does not hold.
 *
 * @category errors
 * @since 0.1.0
 */
export class PlanNotFound extends Data.TaggedError("PlanNotFound")<{
  readonly planId: string
  readonly knownPlanIds: ReadonlyArray<string>
}> {
  override get message(): string {
    const known = this.knownPlanIds.length === 0 ? "the ledger holds no plans yet" : `known plans: ${this.knownPlanIds.join(", ")}`
    return `no plan "${this.planId}" in the ledger (${known}); draft or import it first`
  }
}

/**
 * The state of one plan, or `PlanNotFound` (thrown) listing the plans the ledger does hold.
 *
 * @category accessors
 * @since 0.1.0
 */
export const requirePlan = (ledger: LedgerState, planId: string): PlanState => {
  const plan = ledger.plans.get(planId)
  if (plan === undefined) throw new PlanNotFound({ planId, knownPlanIds: [...ledger.plans.keys()] })
  return plan
}
