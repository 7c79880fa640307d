import { randomUUID } from "node:crypto"
import { CURRENT_SCHEMA_VERSION } from "../event/SchemaVersion.js"
import { type NewEvent, type RecordedEvent } from "../event/EventEnvelope.js"
import * as StreamName from "../event/StreamName.js"
import { pence } from "../money/Money.js"
import { Fte } from "../money/Fte.js"
import { CalendarDate, financialYear } from "../period/Period.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import type { EventStore } from "../store/EventStore.js"
import * as InMemoryEventStore from "../store/InMemoryEventStore.js"

/** The plan every time-axis test records. */
export const PLAN = "time-axes"

/** One event of the plan, recorded at `recordedAt` and in force from `effectiveDate`. */
export interface Recording {
  readonly data: PlanEvent
  readonly recordedAt: string
  readonly effectiveDate: string
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

/** The draft of the plan. */
export const drafted: PlanEvent = {
  _tag: "PlanDrafted",
  planId: PLAN,
  kind: "service-business-plan",
  title: "Time axes",
  ownerId: "kcc-cfe",
  period: financialYear("2009/10")
}

/** A budget line added (`revised: false`) or revised with running costs of `running` pence. */
export const budgetLine = (lineId: string, running: number, revised = false): PlanEvent => {
  const figures = {
    fte: Fte.make(0),
    employeeCosts: pence(0),
    runningCosts: pence(running),
    contractsAndProjects: pence(0),
    externalIncome: pence(0),
    internalIncome: pence(0)
  }
  return revised
    ? { _tag: "BudgetLineRevised", planId: PLAN, lineId, fundingSource: "unspecified", figures, stated: {} }
    : { _tag: "BudgetLineAdded", planId: PLAN, lineId, activity: `Activity ${lineId}`, fundingSource: "unspecified", figures, stated: {} }
}

/** An in-memory store holding the recordings, one append each, in the order given; and the recorded events. */
export const storeOf = async (
  recordings: ReadonlyArray<Recording>
): Promise<{ readonly store: EventStore; readonly recorded: ReadonlyArray<RecordedEvent> }> => {
  const store = InMemoryEventStore.make()
  for (const recording of recordings) {
    await store.appendToStream(StreamName.forPlan(PLAN), [envelope(recording)], { expectedRevision: "any" })
  }
  const recorded: Array<RecordedEvent> = []
  for await (const event of store.readAll()) recorded.push(event)
  return { store, recorded }
}
