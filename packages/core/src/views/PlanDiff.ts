import { Result } from "effect"
import type { SourceReference } from "@plan-ledger/eventstore"
import type { RecordedEvent } from "../event/EventEnvelope.js"
import { selects, type LedgerState, type ViewPoint } from "../ledger/LedgerState.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import { changesBetween, type FieldChange } from "./fields/FieldChange.js"
import { planFields } from "./fields/PlanFields.js"
import { type RecordedChange, recordedChanges } from "./fields/RecordedChanges.js"
import { PlanNotFound } from "../plan/views/PlanNotFound.js"

/**
 * One end of a diff: the view point (on both time axes) and how the auditor named it
 * (`approval`, `now`, `revision:3, effective:2009-07-01`).
 *
 * @category models
 * @since 0.2.0
 */
export interface DiffPoint {
  readonly label: string
  readonly point: ViewPoint
}

/**
 * An event that made a field differ, with its provenance. `applied`: the event is seen at `to`
 * but not at `from`; `withdrawn`: seen at `from` but not at `to` (a diff run backwards in time,
 * or to an earlier effective date).
 *
 * @category models
 * @since 0.2.0
 */
export interface Cause {
  readonly direction: "applied" | "withdrawn"
  readonly eventId: string
  readonly streamRevision: number
  readonly type: PlanEvent["_tag"]
  readonly recordedAt: string
  readonly effectiveDate: string
  readonly actor: string
  readonly reason: string
  readonly authority: string | undefined
  readonly source: SourceReference | undefined
}

/**
 * A field that differs between the two points, with the events that caused it, oldest first —
 * in the spirit of a versioned release, which keeps with every value the release that set it.
 *
 * @category models
 * @since 0.2.0
 */
export interface FieldDifference extends FieldChange {
  readonly causes: ReadonlyArray<Cause>
}

/**
 * The field-level difference of a whole plan between two points: budget lines and printed
 * totals, memorandum and variation items, staffing, indicator values and targets, priorities,
 * key actions and their progress. A line renamed between the points is one `renamed` difference,
 * never a removal and an addition.
 *
 * @category models
 * @since 0.2.0
 */
export interface PlanDiff {
  readonly planId: string
  readonly title: string
  readonly from: DiffPoint
  readonly to: DiffPoint
  readonly differences: ReadonlyArray<FieldDifference>
}

/**
 * What a diff reads: the ledger's state at each point (`Ledger.state(point)`) and the plan's whole
 * stream (`store.readStream(StreamName.forPlan(planId))`), which says which events caused each
 * difference.
 *
 * @category models
 * @since 0.2.0
 */
export interface DiffSources {
  readonly from: LedgerState
  readonly to: LedgerState
  readonly history: ReadonlyArray<RecordedEvent>
}

const causeOf = (direction: Cause["direction"], { event }: RecordedChange): Cause => ({
  direction,
  eventId: event.eventId,
  streamRevision: event.streamRevision,
  type: event.data._tag,
  recordedAt: event.recordedAt,
  effectiveDate: event.effectiveDate,
  actor: event.actor,
  reason: event.reason,
  authority: event.authority,
  source: event.source
})

// The events one point sees and the other does not, each with the fields it changed in the fold
// of the events its own point sees.
const causesByField = (history: ReadonlyArray<RecordedEvent>, from: ViewPoint, to: ViewPoint): ReadonlyMap<string, Array<Cause>> => {
  const seenFrom = history.filter((event) => selects(from, event))
  const seenTo = history.filter((event) => selects(to, event))
  const idsFrom = new Set(seenFrom.map((event) => event.eventId))
  const idsTo = new Set(seenTo.map((event) => event.eventId))
  const causes = new Map<string, Array<Cause>>()
  const attribute = (direction: Cause["direction"], changed: ReadonlyArray<RecordedChange>, elsewhere: ReadonlySet<string>): void => {
    for (const recorded of changed) {
      if (elsewhere.has(recorded.event.eventId)) continue
      for (const change of recorded.changes) causes.set(change.key, [...(causes.get(change.key) ?? []), causeOf(direction, recorded)])
    }
  }
  attribute("applied", recordedChanges(seenTo).changes, idsFrom)
  attribute("withdrawn", recordedChanges(seenFrom).changes, idsTo)
  for (const list of causes.values()) list.sort((left, right) => left.streamRevision - right.streamRevision)
  return causes
}

/**
 * Projects the field-level difference of a plan between two points, each difference attributed to
 * the events (with their actors, reasons and authorities) that caused it; or `PlanNotFound` when
 * neither point knows the plan.
 *
 * @example
 * import { InMemoryEventStore, Ledger, PlanDiff, type RecordedEvent } from "@plan-ledger/core"
 * const store = InMemoryEventStore.make()
 * const ledger = Ledger.make({ store })
 * const history: Array<RecordedEvent> = []
 * for await (const event of store.readStream("plan-lcsp-2009-10")) history.push(event)
 * const before = { effectiveOn: "2009-06-30" }
 * const diff = PlanDiff.project({ from: await ledger.state(before), to: await ledger.state(), history }, "lcsp-2009-10", {
 *   from: { label: "in force on 30 June", point: before },
 *   to: { label: "now", point: {} }
 * })
 *
 * @category projections
 * @since 0.2.0
 */
export const project = (
  sources: DiffSources,
  planId: string,
  points: { readonly from: DiffPoint; readonly to: DiffPoint }
): Result.Result<PlanDiff, PlanNotFound> => {
  const before = sources.from.plans.get(planId)
  const after = sources.to.plans.get(planId)
  if (before === undefined && after === undefined)
    return Result.fail(new PlanNotFound({ planId, knownPlanIds: [...new Set([...sources.from.plans.keys(), ...sources.to.plans.keys()])] }))
  const causes = causesByField(sources.history, points.from.point, points.to.point)
  return Result.succeed({
    planId,
    title: after?.title ?? before?.title ?? planId,
    from: points.from,
    to: points.to,
    differences: changesBetween(planFields(before), planFields(after)).map((change) => ({
      ...change,
      causes: causes.get(change.key) ?? []
    }))
  })
}
