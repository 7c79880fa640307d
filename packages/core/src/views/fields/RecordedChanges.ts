import type { RecordedEvent } from "../../event/EventEnvelope.js"
import { upcastEvent } from "../../event/Upcaster.js"
import { evolve, type PlanAccumulator } from "../../plan/PlanEvolve.js"
import type { PlanEvent } from "../../plan/PlanEvent.js"
import type { PlanState } from "../../plan/PlanState.js"
import { changesBetween, type FieldChange } from "./FieldChange.js"
import { touchedFields } from "./PlanFields.js"

/**
 * One event of a plan's stream with the field-level changes it made to the plan as it stood.
 *
 * @category models
 * @since 0.2.0
 */
export interface RecordedChange {
  readonly event: RecordedEvent & { readonly data: PlanEvent }
  readonly changes: ReadonlyArray<FieldChange>
}

/**
 * Folds a plan's events in the order given, comparing the subject each event is about before and
 * after it: every event with its field-level changes, and the plan they leave.
 *
 * @category folds
 * @since 0.2.0
 */
export const recordedChanges = (
  events: Iterable<RecordedEvent>
): { readonly plan: PlanState | undefined; readonly changes: ReadonlyArray<RecordedChange> } => {
  let plan: PlanAccumulator | undefined
  const changes: Array<RecordedChange> = []
  for (const stored of events) {
    const event = upcastEvent(stored)
    const data = event.data as PlanEvent
    const before = touchedFields(data, plan)
    plan = evolve(plan, data, event)
    changes.push({ event: event as RecordedChange["event"], changes: changesBetween(before, touchedFields(data, plan)) })
  }
  return { plan, changes }
}
