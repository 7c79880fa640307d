import { Data, Result } from "effect"
import type { LedgerState } from "../../ledger/LedgerState.js"
import type { PlanState } from "../PlanState.js"

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
 * The state of one plan, or `PlanNotFound` listing the plans the ledger does hold — the first
 * step of every plan projection.
 *
 * @category accessors
 * @since 0.2.0
 */
export const findPlan = (ledger: LedgerState, planId: string): Result.Result<PlanState, PlanNotFound> => {
  const plan = ledger.plans.get(planId)
  return plan === undefined ? Result.fail(new PlanNotFound({ planId, knownPlanIds: [...ledger.plans.keys()] })) : Result.succeed(plan)
}
