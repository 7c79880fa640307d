import { Result } from "effect"
import { describe, expect, it } from "vitest"
import type { RecordedEvent } from "../event/EventEnvelope.js"
import * as StreamName from "../event/StreamName.js"
import * as Ledger from "../ledger/Ledger.js"
import type * as LedgerState from "../ledger/LedgerState.js"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import * as Period from "../period/Period.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import * as InMemoryEventStore from "../store/InMemoryEventStore.js"
import { viewOf } from "../testkit/viewOf.js"
import * as PlanDiff from "./PlanDiff.js"
import * as PlanHistory from "./PlanHistory.js"

const PLAN = "lcsp-2009-10"
const draft = (effectiveDate: string) => ({
  actor: "finance-officer",
  reason: "budget setting",
  effectiveDate: Period.CalendarDate.make(effectiveDate)
})

// Kent County Council, LCSP Service Level Business Plan 2009/10, budget table: the partnership
// boards line (705.0 running costs; "Clusterboards" before clusters became partnerships).
const boards = (activity: string, running: string): PlanCommand => ({
  _tag: "SetBudgetLine",
  planId: PLAN,
  lineId: "partnership-boards",
  activity,
  figures: {
    fte: Fte.of("0.7"),
    employeeCosts: Money.thousands("24.5"),
    runningCosts: Money.thousands(running),
    contractsAndProjects: Money.pence(0),
    externalIncome: Money.pence(0),
    internalIncome: Money.pence(0)
  },
  stated: {}
})

const recordedHistory = async () => {
  const store = InMemoryEventStore.make()
  let now = "2009-02-10T09:00:00.000Z"
  const ledger = Ledger.make({ store, clock: () => new Date(now) })
  await ledger.executePlan(
    PLAN,
    [
      {
        _tag: "DraftPlan",
        planId: PLAN,
        kind: "service-business-plan",
        title: "LCSP plan",
        ownerId: "kcc-cfe",
        period: Period.financialYear("2009/10")
      },
      boards("Clusterboards", "680.5"),
      { _tag: "ApprovePlan", planId: PLAN, approvedBy: "Cabinet", approvedOn: Period.CalendarDate.make("2009-03-16") }
    ],
    draft("2009-04-01")
  )
  now = "2009-08-05T09:00:00.000Z"
  const restated = await ledger.executePlan(PLAN, [boards("Partnership boards", "705.0")], {
    ...draft("2009-07-01"),
    reason: "clusters became partnerships",
    authority: "Cabinet Member decision 09/01234"
  })
  expect(restated.ok).toBe(true)
  const history: Array<RecordedEvent> = []
  for await (const event of store.readStream(StreamName.forPlan(PLAN))) history.push(event)
  const diff = async (from: LedgerState.ViewPoint, to: LedgerState.ViewPoint) =>
    PlanDiff.project({ from: await ledger.state(from), to: await ledger.state(to), history }, PLAN, {
      from: { label: "from", point: from },
      to: { label: "to", point: to }
    })
  return { history, diff }
}

describe("PlanDiff", () => {
  it("given a line renamed and restated after approval, shows a rename and the changed figure, each with the restatement that caused it", async () => {
    const { diff } = await recordedHistory()
    const { differences } = viewOf(await diff({ recordedUpTo: "2009-03-31T00:00:00.000Z" }, {}))
    expect(differences.map((difference) => [difference.change, difference.measure, difference.before, difference.after])).toEqual([
      ["renamed", "name", { _tag: "Text", text: "Clusterboards" }, { _tag: "Text", text: "Partnership boards" }],
      [
        "changed",
        "running costs",
        { _tag: "Money", amount: Money.fromThousands("680.5") },
        { _tag: "Money", amount: Money.fromThousands("705.0") }
      ]
    ])
    for (const difference of differences) {
      expect(difference.subject).toMatchObject({ kind: "budget line", id: "partnership-boards", name: "Partnership boards" })
      expect(difference.causes.map((cause) => [cause.direction, cause.type, cause.authority, cause.reason])).toEqual([
        [
          "applied",
          difference.change === "renamed" ? "BudgetLineRenamed" : "BudgetLineRevised",
          "Cabinet Member decision 09/01234",
          "clusters became partnerships"
        ]
      ])
    }
  })

  it("given the same recorded point at two effective dates, shows what came into force between them, and the reverse as withdrawn", async () => {
    const { diff } = await recordedHistory()
    const forward = viewOf(await diff({ effectiveOn: "2009-06-30" }, { effectiveOn: "2009-07-01" }))
    expect(forward.differences.map((difference) => difference.change)).toEqual(["renamed", "changed"])
    const backward = viewOf(await diff({ effectiveOn: "2009-07-01" }, { effectiveOn: "2009-06-30" }))
    expect(backward.differences.map((difference) => [difference.change, difference.causes.map((cause) => cause.direction)])).toEqual([
      ["renamed", ["withdrawn"]],
      ["changed", ["withdrawn"]]
    ])
    expect(viewOf(await diff({ effectiveOn: "2009-07-01" }, {})).differences).toEqual([])
  })

  it("given a plan neither point knows, is PlanNotFound", async () => {
    const { diff } = await recordedHistory()
    const missing = await diff({ effectiveOn: "2009-03-31" }, { effectiveOn: "2009-03-31" })
    expect(Result.isFailure(missing) && missing.failure._tag).toBe("PlanNotFound")
  })

  it("summarises each change in the history in the table's own words", async () => {
    const { history } = await recordedHistory()
    expect(PlanHistory.project(history).map((entry) => entry.summary)).toEqual([
      "drafted plan LCSP plan",
      "added budget line Clusterboards",
      "plan status draft → approved, approved by Cabinet, approved on 2009-03-16",
      'restatement of budget line "Partnership boards" on the authority of Cabinet Member decision 09/01234',
      "renamed Clusterboards → Partnership boards",
      "Partnership boards running costs £680.5k → £705.0k"
    ])
  })
})
