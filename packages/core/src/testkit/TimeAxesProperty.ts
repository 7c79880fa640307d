import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as AsOf from "../ledger/AsOf.js"
import * as LedgerState from "../ledger/LedgerState.js"
import * as BudgetStatement from "../plan/budget/views/BudgetStatement.js"
import { planFields } from "../views/fields/PlanFields.js"
import type { EventStore } from "../store/EventStore.js"
import { recordInto, TIME_AXES_PLAN, timeAxisHistory, timeAxisPoint } from "./TimeAxisHistories.js"

/**
 * How the time-axes property gets a store: `open` gives a fresh, empty store for each generated
 * history; `numRuns` is how many histories to try (default 100).
 *
 * @category testing
 * @since 0.2.0
 */
export interface TimeAxesHarness {
  readonly open: () => Promise<EventStore>
  readonly numRuns?: number
}

/**
 * The property every store must keep: for random histories (backdated and future-dated changes,
 * approvals) and a random point on either time axis or both — an instant, a revision or the
 * approval on the recorded axis, a date on the effective axis — the ledger read as of the point
 * equals the fold of exactly the events the point selects, and a point the plan cannot answer is
 * refused for the right reason.
 *
 * @example
 * import { timeAxesProperty } from "@plan-ledger/core/testkit"
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * timeAxesProperty("memory", { open: async () => InMemoryEventStore.make() })
 *
 * @category testing
 * @since 0.2.0
 */
export const timeAxesProperty = (name: string, harness: TimeAxesHarness): void => {
  describe(`views as of a point on two time axes: ${name}`, () => {
    it("a view as of any point equals the fold of exactly the events recorded by it and in force on it", async () => {
      await fc.assert(
        fc.asyncProperty(timeAxisHistory, timeAxisPoint, async (recordings, asked) => {
          const store = await harness.open()
          try {
            const recorded = await recordInto(store, recordings)
            const resolved =
              asked.recorded === undefined ? Result.succeed(undefined) : AsOf.resolve(asked.recorded, TIME_AXES_PLAN, recorded)
            if (Result.isFailure(resolved)) {
              const refusal = resolved.failure
              const expected =
                refusal._tag === "PlanNeverApproved"
                  ? recorded.every((event) => event.data._tag !== "PlanApproved")
                  : refusal._tag === "RevisionNotFound"
                    ? refusal.revision >= recorded.length
                    : Date.parse(refusal.asOf) < Date.parse(recorded[0]?.recordedAt ?? "")
              expect(expected).toBe(true)
              return
            }
            const recordedUpTo = resolved.success
            const point = {
              ...(recordedUpTo === undefined ? {} : { recordedUpTo }),
              ...(asked.effectiveOn === undefined ? {} : { effectiveOn: asked.effectiveOn })
            }
            const selected = recorded.filter(
              (event) =>
                (recordedUpTo === undefined || Date.parse(event.recordedAt) <= Date.parse(recordedUpTo)) &&
                (asked.effectiveOn === undefined || event.effectiveDate <= asked.effectiveOn)
            )
            const viewed = await LedgerState.fromStore(store, point)
            const folded = await LedgerState.replay(selected)
            expect(BudgetStatement.project(viewed, TIME_AXES_PLAN)).toEqual(BudgetStatement.project(folded, TIME_AXES_PLAN))
            expect(planFields(viewed.plans.get(TIME_AXES_PLAN))).toEqual(planFields(folded.plans.get(TIME_AXES_PLAN)))
            expect(viewed.eventCount).toBe(selected.length)
          } finally {
            await store.close()
          }
        }),
        { numRuns: harness.numRuns ?? 100 }
      )
    })
  })
}
