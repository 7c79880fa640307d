/**
 * How long the audit views take on a large plan: `PlanHistory.project` (every event with its
 * field-level changes and summary) and `PlanDiff.project` (the whole plan between its approval and
 * now, every difference attributed), both pure, over one plan's stream held in memory.
 *
 * The plan: a draft, `--lines` budget lines, an approval, then `--restatements` restatements each
 * revising every line (recorded a day apart, in force from a date that moves back and forth), so
 * the stream holds lines × (restatements + 1) + 2 events. Each view is timed `--runs` times;
 * prints the median and range.
 *
 * Usage: node --import tsx --conditions=@plan-ledger/source bench/src/audit.ts [--lines 500] [--restatements 19] [--runs 7]
 */
import { performance } from "node:perf_hooks"
import { parseArgs } from "node:util"
import {
  Fte,
  InMemoryEventStore,
  Ledger,
  LedgerState,
  Money,
  Period,
  type PlanCommand,
  PlanDiff,
  PlanHistory,
  type RecordedEvent
} from "@plan-ledger/core"
import { StreamName } from "@plan-ledger/core/store"

const { values } = parseArgs({
  options: {
    lines: { type: "string", default: "500" },
    restatements: { type: "string", default: "19" },
    runs: { type: "string", default: "7" }
  }
})
const lines = Number(values.lines)
const restatements = Number(values.restatements)
const runs = Number(values.runs)

const PLAN = "audit-bench"
const store = InMemoryEventStore.make()
let day = 0
const ledger = Ledger.make({ store, clock: () => new Date(Date.UTC(2009, 1, 1 + day)) })
const provenance = (effectiveDate: string) => ({
  actor: "bench",
  reason: "benchmark",
  effectiveDate: Period.CalendarDate.make(effectiveDate)
})

const line = (index: number, running: number): PlanCommand => ({
  _tag: "SetBudgetLine",
  planId: PLAN,
  lineId: `line-${index}`,
  activity: `Activity ${index}`,
  figures: {
    fte: Fte.hundredths(0),
    employeeCosts: Money.pence(0),
    runningCosts: Money.pence(running),
    contractsAndProjects: Money.pence(0),
    externalIncome: Money.pence(0),
    internalIncome: Money.pence(0)
  },
  stated: {}
})
const everyLine = (round: number): Array<PlanCommand> =>
  Array.from({ length: lines }, (_, index) => line(index, 100_000 * (index + 1) + round))

await ledger.executePlan(
  PLAN,
  [
    {
      _tag: "DraftPlan",
      planId: PLAN,
      kind: "service-business-plan",
      title: "Audit benchmark",
      ownerId: "kcc-cfe",
      period: Period.financialYear("2009/10")
    },
    ...everyLine(0),
    { _tag: "ApprovePlan", planId: PLAN, approvedBy: "Cabinet", approvedOn: Period.CalendarDate.make("2009-03-16") }
  ],
  provenance("2009-04-01")
)
const approvedAt = new Date(Date.UTC(2009, 1, 1)).toISOString()
for (let round = 1; round <= restatements; round++) {
  day += 1
  const outcome = await ledger.executePlan(PLAN, everyLine(round), {
    ...provenance(round % 2 === 0 ? "2009-04-01" : "2009-10-01"),
    authority: "Cabinet Member decision",
    reason: `restatement ${round}`
  })
  if (!outcome.ok) throw new Error(`restatement ${round} was refused: ${outcome.error._tag}`)
}

const history: Array<RecordedEvent> = []
for await (const event of store.readStream(StreamName.forPlan(PLAN))) history.push(event)
const from = { recordedUpTo: approvedAt }
const [atApproval, now] = [await LedgerState.replay(history, from), await LedgerState.replay(history)]

const time = (view: () => unknown): string => {
  const millis = Array.from({ length: runs }, () => {
    const start = performance.now()
    view()
    return performance.now() - start
  }).sort((left, right) => left - right)
  const median = millis[Math.floor(millis.length / 2)] ?? 0
  return `${median.toFixed(0)} ms (${(millis[0] ?? 0).toFixed(0)}–${(millis.at(-1) ?? 0).toFixed(0)})`
}

let differences = 0
const diffTime = time(() => {
  const diff = PlanDiff.project({ from: atApproval, to: now, history }, PLAN, {
    from: { label: "approval", point: from },
    to: { label: "now", point: {} }
  })
  if (diff._tag === "Success") differences = diff.success.differences.length
})
process.stdout.write(
  [
    `| events in the plan's stream | ${history.length.toLocaleString("en-GB")} |`,
    `| history (every event, summarised) | ${time(() => PlanHistory.project(history))} |`,
    `| diff approval → now (${differences.toLocaleString("en-GB")} differences) | ${diffTime} |`,
    ""
  ].join("\n")
)
