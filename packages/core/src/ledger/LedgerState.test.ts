import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as BudgetStatement from "../plan/budget/views/BudgetStatement.js"
import * as LedgerState from "./LedgerState.js"
import { budgetLine, drafted, PLAN, type Recording, storeOf } from "./TimeAxes.fixture.js"

// Given: a plan drafted in February; a base line recorded then; an outreach line recorded in
// February but in force only from July; the plan approved in March; and in August a backdated
// correction of the base line, in force from April.
const HISTORY: ReadonlyArray<Recording> = [
  { data: drafted, recordedAt: "2009-02-01T09:00:00.000Z", effectiveDate: "2009-02-01" },
  { data: budgetLine("base", 100_00), recordedAt: "2009-02-01T09:30:00.000Z", effectiveDate: "2009-04-01" },
  { data: budgetLine("outreach", 50_00), recordedAt: "2009-02-10T09:00:00.000Z", effectiveDate: "2009-07-01" },
  {
    data: { _tag: "PlanApproved", planId: PLAN, approvedBy: "Cabinet", approvedOn: "2009-03-16" as never },
    recordedAt: "2009-03-16T10:00:00.000Z",
    effectiveDate: "2009-03-16"
  },
  { data: budgetLine("base", 120_00, true), recordedAt: "2009-08-05T09:00:00.000Z", effectiveDate: "2009-04-01" }
]

const runningCosts = (state: LedgerState.LedgerState): Record<string, number> | "no plan" =>
  Result.match(BudgetStatement.project(state, PLAN), {
    onFailure: () => "no plan" as const,
    onSuccess: (statement) => Object.fromEntries(statement.lines.map((line) => [line.lineId, line.runningCosts]))
  })

const cases: ReadonlyArray<{
  readonly when: string
  readonly point: LedgerState.ViewPoint
  readonly then: Record<string, number> | "no plan"
}> = [
  { when: "nothing is asked", point: {}, then: { base: 120_00, outreach: 50_00 } },
  { when: "as recorded before anything was", point: { recordedUpTo: "2009-01-31T23:59:59.999Z" }, then: "no plan" },
  { when: "as recorded after the base line only", point: { recordedUpTo: "2009-02-05T00:00:00.000Z" }, then: { base: 100_00 } },
  { when: "as approved", point: { recordedUpTo: "2009-03-16T10:00:00.000Z" }, then: { base: 100_00, outreach: 50_00 } },
  {
    when: "as approved, in force in April: the outreach line recorded early is not yet in force",
    point: { recordedUpTo: "2009-03-16T10:00:00.000Z", effectiveOn: "2009-04-01" },
    then: { base: 100_00 }
  },
  {
    when: "as known today, in force in June: the backdated correction counts, outreach does not",
    point: { effectiveOn: "2009-06-30" },
    then: { base: 120_00 }
  },
  {
    when: "as known before the correction, in force in June",
    point: { recordedUpTo: "2009-08-01T00:00:00.000Z", effectiveOn: "2009-06-30" },
    then: { base: 100_00 }
  },
  { when: "in force before the budget takes effect", point: { effectiveOn: "2009-03-31" }, then: {} },
  { when: "in force before the plan was drafted", point: { effectiveOn: "2009-01-31" }, then: "no plan" }
]

describe("LedgerState as of a point on both time axes", () => {
  for (const { when, point, then } of cases) {
    it(`shows what the point selects when ${when}`, async () => {
      const { store, recorded } = await storeOf(HISTORY)
      const viewed = await LedgerState.fromStore(store, point)
      expect(runningCosts(viewed)).toEqual(then)
      const selected = recorded.filter((event) => LedgerState.selects(point, event))
      expect(viewed).toEqual(await LedgerState.replay(selected))
      expect(await LedgerState.replay(recorded, point)).toEqual(viewed)
    })
  }

  it("folds in recorded order: of two figures in force on a date, the one recorded later wins", async () => {
    const { store } = await storeOf([
      { data: drafted, recordedAt: "2009-02-01T09:00:00.000Z", effectiveDate: "2009-02-01" },
      { data: budgetLine("base", 100_00), recordedAt: "2009-02-01T09:30:00.000Z", effectiveDate: "2009-05-01" },
      { data: budgetLine("base", 90_00, true), recordedAt: "2009-02-02T09:30:00.000Z", effectiveDate: "2009-04-01" }
    ])
    expect(runningCosts(await LedgerState.fromStore(store, { effectiveOn: "2009-06-01" }))).toEqual({ base: 90_00 })
  })
})
