import type { RecordedEvent } from "../event/EventEnvelope.js"
import type { EventStore } from "../store/EventStore.js"
import * as InMemoryEventStore from "../store/InMemoryEventStore.js"
import { type Recording, recordInto } from "../testkit/TimeAxisHistories.js"

export {
  TIME_AXES_PLAN as PLAN,
  timeAxesDraft as drafted,
  timeAxesBudgetLine as budgetLine,
  type Recording
} from "../testkit/TimeAxisHistories.js"

/** An in-memory store holding the recordings, one append each, in the order given; and the recorded events. */
export const storeOf = async (
  recordings: ReadonlyArray<Recording>
): Promise<{ readonly store: EventStore; readonly recorded: ReadonlyArray<RecordedEvent> }> => {
  const store = InMemoryEventStore.make()
  return { store, recorded: await recordInto(store, recordings) }
}
