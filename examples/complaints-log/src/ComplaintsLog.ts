import { Result } from "effect"
import { Decider, type EventStore, EventId, type Provenance } from "@plan-ledger/eventstore"
import type { ComplaintCommand } from "./ComplaintCommand.js"
import { complaintDecider, type ComplaintState } from "./ComplaintDecider.js"
import type { NewComplaintEvent, RecordedComplaintEvent } from "./ComplaintEvents.js"
import type { ComplaintRuleViolation } from "./ComplaintRuleViolation.js"
import * as ServiceComplaints from "./ServiceComplaints.js"

/**
 * A store holding the complaints log.
 *
 * @category models
 * @since 0.1.0
 */
export type ComplaintStore = EventStore<NewComplaintEvent, RecordedComplaintEvent>

/**
 * The stream of one complaint.
 *
 * @category constructors
 * @since 0.1.0
 */
export const streamOf = (complaintId: string): string => `complaint-${complaintId}`

/**
 * Records a command about one complaint: reads the complaint's stream, decides, and appends what
 * was decided in one batch at the revision read (a concurrent writer makes the append fail with
 * `WrongExpectedRevision`, never lose an event). `recordedAt` is the clock's reading, passed in.
 * Returns how many events were recorded, or the rule the command broke.
 *
 * @category recording
 * @since 0.1.0
 */
export const record = async (
  store: ComplaintStore,
  command: ComplaintCommand,
  provenance: Provenance,
  recordedAt: Date
): Promise<Result.Result<number, ComplaintRuleViolation>> => {
  const stream = streamOf(command.complaintId)
  let complaint: ComplaintState = complaintDecider.initialState()
  let revision = -1
  for await (const event of store.readStream(stream)) {
    complaint = complaintDecider.evolve(complaint, event.data)
    revision = event.streamRevision
  }
  const decision = Decider.decideAll(complaintDecider, [command], complaint, undefined)
  if (Result.isFailure(decision)) return Result.fail(decision.failure)
  if (decision.success.length === 0) return Result.succeed(0)
  const events: ReadonlyArray<NewComplaintEvent> = decision.success.map((data) => ({
    ...provenance,
    eventId: EventId.timeOrdered(),
    type: data._tag,
    schemaVersion: 1,
    recordedAt: recordedAt.toISOString(),
    data
  }))
  await store.appendToStream(stream, events, { expectedRevision: revision === -1 ? "no-stream" : revision })
  return Result.succeed(events.length)
}

/**
 * The complaints by service, folded from the whole log (the store's replay read).
 *
 * @category projections
 * @since 0.1.0
 */
export const serviceComplaints = async (store: ComplaintStore): Promise<ServiceComplaints.ServiceComplaints> => {
  let state = ServiceComplaints.initial
  for await (const page of store.readAllForReplay()) {
    for (const event of page) state = ServiceComplaints.evolve(state, event.data)
  }
  return state
}
