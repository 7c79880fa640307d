// #region effect
import { Effect } from "effect"
import { BudgetStatement, CurrentPlan, InMemoryEventStore, Money, Period } from "@plan-ledger/core"
import { EventStoreService, PlanLedger } from "@plan-ledger/core/effect"

const program = Effect.gen(function* () {
  yield* PlanLedger.executePlan(
    "lcsp-2009-10",
    [
      {
        _tag: "DraftPlan",
        planId: "lcsp-2009-10",
        kind: "service-business-plan",
        title: "LCSP business plan 2009/10",
        ownerId: "kcc-cfe",
        period: Period.financialYear("2009/10")
      }
    ],
    { actor: "finance-officer", reason: "new plan", effectiveDate: Period.CalendarDate.make("2009-04-01") }
  )
  const state = yield* PlanLedger.state()
  const plan = yield* Effect.fromResult(CurrentPlan.project(state, "lcsp-2009-10"))
  const budget = yield* Effect.fromResult(BudgetStatement.project(state, "lcsp-2009-10"))
  return `${plan.status}, £${Money.formatThousands(budget.totals.grossExpenditure)}k`
})

export const effectExample = (): Promise<string> =>
  program.pipe(
    Effect.catchTags({
      PlanAlreadyDrafted: (error) => Effect.succeed(`refused: ${error.message}`),
      StoreUnavailable: (error) => Effect.succeed(`store: ${error.message}`)
    }),
    Effect.provide(EventStoreService.layerFrom(async () => InMemoryEventStore.make(), "memory:")),
    Effect.runPromise
  )
// #endregion effect
