import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as ActionProgress from "../plan/content/views/ActionProgress.js"
import type { RecordedEvent } from "../event/EventEnvelope.js"
import * as StreamName from "../event/StreamName.js"
import * as BudgetStatement from "../plan/budget/views/BudgetStatement.js"
import * as ContentFindings from "../plan/content/views/ContentFindings.js"
import * as CurrentPlan from "../views/CurrentPlan.js"
import * as IndicatorScorecard from "../plan/indicators/views/IndicatorScorecard.js"
import * as ReconciliationFindings from "../views/ReconciliationFindings.js"
import * as StaffingTotals from "../plan/staffing/views/StaffingTotals.js"
import * as VariationStatement from "../plan/budget/views/VariationStatement.js"
import * as InMemoryEventStore from "../store/InMemoryEventStore.js"
import { appendHistory, HISTORY_PLANS, historyViewPoint, ledgerHistory } from "../testkit/ledgerHistories.js"
import * as Ledger from "./Ledger.js"
import type { LedgerState } from "./LedgerState.js"

// What every view of one plan reads, projected from a state.
const viewsOf = (state: LedgerState, planId: string) => ({
  plan: CurrentPlan.project(state, planId),
  budget: BudgetStatement.project(state, planId),
  variations: VariationStatement.project(state, planId),
  reconciliation: ReconciliationFindings.project(state, planId),
  content: ContentFindings.project(state, planId, { today: "2010-03-31" })
})

// The views that read nothing of the prior plan (the variation statement opens from its budget).
const shownViewsOf = (state: LedgerState, planId: string) => ({
  plan: CurrentPlan.project(state, planId),
  actions: ActionProgress.project(state, planId),
  budget: BudgetStatement.project(state, planId),
  staffing: StaffingTotals.project(state, planId),
  scorecard: IndicatorScorecard.project(state, planId)
})

describe("a plan's state read from its own streams (property)", () => {
  it("gives every view of the plan, at any point on both time axes, what the whole ledger's state gives", async () => {
    await fc.assert(
      fc.asyncProperty(ledgerHistory, historyViewPoint, async (steps, point) => {
        const store = InMemoryEventStore.make()
        await appendHistory(store, steps)
        const ledger = Ledger.make({ store })
        const whole = await ledger.state(point)
        for (const { planId, ownerId } of HISTORY_PLANS) {
          const scoped = await ledger.planState(planId, point)
          expect(viewsOf(scoped, planId)).toStrictEqual(viewsOf(whole, planId))
          expect(scoped.plans.get(planId)).toStrictEqual(whole.plans.get(planId))
          expect(scoped.partnerships.get(ownerId)).toStrictEqual(whole.partnerships.get(ownerId))
          expect([...scoped.catalogues]).toStrictEqual([...whole.catalogues])
          // The plan's whole stream, read once by the caller and handed down, gives the same state.
          const planEvents: Array<RecordedEvent> = []
          for await (const event of store.readStream(StreamName.forPlan(planId))) planEvents.push(event)
          expect(await ledger.planState(planId, point, { planEvents })).toStrictEqual(scoped)
        }
      }),
      { numRuns: 200 }
    )
  })

  it("leaves the prior plan out when asked, and the views that do not read it stay the same", async () => {
    await fc.assert(
      fc.asyncProperty(ledgerHistory, historyViewPoint, async (steps, point) => {
        const store = InMemoryEventStore.make()
        await appendHistory(store, steps)
        const ledger = Ledger.make({ store })
        const whole = await ledger.state(point)
        for (const { planId } of HISTORY_PLANS) {
          const scoped = await ledger.planState(planId, point, { priorPlan: false })
          expect(shownViewsOf(scoped, planId)).toStrictEqual(shownViewsOf(whole, planId))
          // A plan not yet recorded at the point gets the whole state, so its PlanNotFound lists the others.
          if (whole.plans.has(planId)) expect([...scoped.plans.keys()]).toEqual([planId])
        }
      }),
      { numRuns: 100 }
    )
  })
})
