import { Schema } from "effect"
import { EventEnvelope, EventSchema } from "@plan-ledger/eventstore"
import { ComplaintEvent } from "./events.js"

/**
 * A complaints-log event ready to append: the event store's envelope around a complaint event.
 * The log has had one schema version.
 *
 * @category events
 * @since 0.1.0
 */
export const NewComplaintEvent = Schema.Struct({
  ...EventEnvelope.envelopeFields,
  schemaVersion: Schema.Literal(1),
  data: ComplaintEvent
}).check(Schema.makeFilter(EventEnvelope.typeMatchesData))

/**
 * @category events
 * @since 0.1.0
 */
export type NewComplaintEvent = typeof NewComplaintEvent.Type

/**
 * A complaints-log event as a store holds it, sealed into the hash chain.
 *
 * @category events
 * @since 0.1.0
 */
export const RecordedComplaintEvent = Schema.Struct({ ...NewComplaintEvent.fields, ...EventEnvelope.placementFields }).check(
  Schema.makeFilter(EventEnvelope.typeMatchesData)
)

/**
 * @category events
 * @since 0.1.0
 */
export type RecordedComplaintEvent = typeof RecordedComplaintEvent.Type

/**
 * The complaints log's events as a store sees them: what every store holding the log is opened
 * with.
 *
 * @category events
 * @since 0.1.0
 */
export const ComplaintEvents = EventSchema.make({
  newEvent: NewComplaintEvent,
  recordedEvent: RecordedComplaintEvent,
  payloads: ComplaintEvent
})
