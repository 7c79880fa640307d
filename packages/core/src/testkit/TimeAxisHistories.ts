import { randomUUID } from "node:crypto"
import fc from "fast-check"
import type { NewEvent, RecordedEvent } from "../event/EventEnvelope.js"
import { CURRENT_SCHEMA_VERSION } from "../event/SchemaVersion.js"
import * as StreamName from "../event/StreamName.js"
import { Fte } from "../money/Fte.js"
import { Pence } from "../money/Money.js"
import { CalendarDate, financialYear } from "../period/Period.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import type { EventStore } from "../store/EventStore.js"

/**
 * The plan every time-axis history records.
 *
 * @category testing
 * @since 0.2.0
 */
export const TIME_AXES_PLAN = "time-axes"

/**
 * One event of the plan, recorded at `recordedAt` and in force from `effectiveDate`.
 *
 * @category testing
 * @since 0.2.0
 */
export interface Recording {
  readonly data: PlanEvent
  readonly recordedAt: string
  readonly effectiveDate: string
}

/**
 * The draft of the time-axis plan.
 *
 * @category testing
 * @since 0.2.0
 */
export const timeAxesDraft: PlanEvent = {
  _tag: "PlanDrafted",
  planId: TIME_AXES_PLAN,
  kind: "service-business-plan",
  title: "Time axes",
  ownerId: "kcc-cfe",
  period: financialYear("2009/10")
}

/**
 * A budget line of the time-axis plan added (`revised: false`) or revised, with running costs of
 * `running` pence.
 *
 * @category testing
 * @since 0.2.0
 */
export const timeAxesBudgetLine = (lineId: string, running: number, revised = false): PlanEvent => {
  const figures = {
    fte: Fte.make(0),
    employeeCosts: Pence.make(0),
    runningCosts: Pence.make(running),
    contractsAndProjects: Pence.make(0),
    externalIncome: Pence.make(0),
    internalIncome: Pence.make(0)
  }
  return revised
    ? { _tag: "BudgetLineRevised", planId: TIME_AXES_PLAN, lineId, fundingSource: "unspecified", figures, stated: {} }
    : {
        _tag: "BudgetLineAdded",
        planId: TIME_AXES_PLAN,
        lineId,
        activity: `Activity ${lineId}`,
        fundingSource: "unspecified",
        figures,
        stated: {}
      }
}

const envelope = ({ data, recordedAt, effectiveDate }: Recording): NewEvent => ({
  eventId: randomUUID(),
  type: data._tag,
  schemaVersion: CURRENT_SCHEMA_VERSION,
  recordedAt,
  actor: "test",
  reason: "time-axis test",
  effectiveDate: CalendarDate.make(effectiveDate),
  data
})

/**
 * Appends the recordings to the time-axis plan's stream, one append each, in the order given, and
 * returns every event the store then holds, in global order.
 *
 * @category testing
 * @since 0.2.0
 */
export const recordInto = async (store: EventStore, recordings: ReadonlyArray<Recording>): Promise<ReadonlyArray<RecordedEvent>> => {
  for (const recording of recordings) {
    await store.appendToStream(StreamName.forPlan(TIME_AXES_PLAN), [envelope(recording)], { expectedRevision: "any" })
  }
  const recorded: Array<RecordedEvent> = []
  for await (const event of store.readAll()) recorded.push(event)
  return recorded
}

const DAY = 86_400_000
const START = Date.UTC(2009, 0, 1)
const dateOf = (days: number): string => new Date(START + days * DAY).toISOString().slice(0, 10)
const instantOf = (minutes: number): string => new Date(START + minutes * 60_000).toISOString()

// After the draft: a budget-line event (added or revised, for one of three lines) or, now and then,
// an approval; each recorded some minutes after the one before and in force from a date in the
// first 500 days.
const step = fc.record({
  approves: fc.integer({ min: 0, max: 4 }).map((draw) => draw === 0),
  revised: fc.boolean(),
  line: fc.constantFrom("a", "b", "c"),
  running: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  gapMinutes: fc.integer({ min: 1, max: 20_000 }),
  effectiveDay: fc.integer({ min: 0, max: 500 })
})

/**
 * Random histories of the time-axis plan: a draft, then up to 25 budget-line changes and
 * approvals, with recorded instants that only move forward and effective dates in any order
 * (backdated and future-dated changes alike).
 *
 * @category testing
 * @since 0.2.0
 */
export const timeAxisHistory: fc.Arbitrary<ReadonlyArray<Recording>> = fc
  .record({ draftDay: fc.integer({ min: 0, max: 500 }), steps: fc.array(step, { maxLength: 25 }) })
  .map(({ draftDay, steps }) => {
    let minutes = 0
    const recordings: Array<Recording> = [{ data: timeAxesDraft, recordedAt: instantOf(minutes), effectiveDate: dateOf(draftDay) }]
    for (const { approves, revised, line, running, gapMinutes, effectiveDay } of steps) {
      minutes += gapMinutes
      const data: PlanEvent = approves
        ? { _tag: "PlanApproved", planId: TIME_AXES_PLAN, approvedBy: "Cabinet", approvedOn: CalendarDate.make(dateOf(effectiveDay)) }
        : timeAxesBudgetLine(line, running, revised)
      recordings.push({ data, recordedAt: instantOf(minutes), effectiveDate: dateOf(effectiveDay) })
    }
    return recordings
  })

/**
 * Random points around a time-axis history, on each axis or both: a recorded instant (or a
 * revision, or the approval, to resolve against the stream) and an effective date — either may be
 * left unbounded.
 *
 * @category testing
 * @since 0.2.0
 */
export const timeAxisPoint = fc.record(
  {
    recorded: fc.oneof(
      fc.integer({ min: -100, max: 26 * 20_000 }).map((minutes) => ({ _tag: "Instant" as const, instant: instantOf(minutes) })),
      fc.integer({ min: 0, max: 25 }).map((revision) => ({ _tag: "Revision" as const, revision })),
      fc.constant({ _tag: "Approval" as const })
    ),
    effectiveOn: fc.integer({ min: -10, max: 510 }).map(dateOf)
  },
  { requiredKeys: [] }
)
