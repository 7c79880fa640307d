import { Result } from "effect"

/**
 * The view a projection produced, or a thrown error carrying the projection's own message (its
 * `PlanNotFound`) — for tests, where a missing plan should fail the test loudly.
 *
 * @example
 * import { BudgetStatement, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * import { viewOf } from "@plan-ledger/core/testkit"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const { totals } = viewOf(BudgetStatement.project(state, "lcsp-2009-10")) // throws PlanNotFound: no plan is recorded
 *
 * @category testing
 * @since 0.2.0
 */
export const viewOf = <View, Failure extends Error>(projected: Result.Result<View, Failure>): View =>
  Result.getOrThrowWith(projected, (failure) => failure)
