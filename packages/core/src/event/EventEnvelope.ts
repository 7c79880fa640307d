import { Schema } from "effect"
import { EventEnvelope, type FoldableEvent as KernelFoldableEvent } from "@plan-ledger/eventstore"
import { DomainEvent } from "./DomainEvent.js"
import { CURRENT_SCHEMA_VERSION, SchemaVersion } from "./SchemaVersion.js"
import { payloadMatchesVersion, StoredDomainEvent } from "./Upcaster.js"

/**
 * An event of the ledger ready to append: the event store's envelope with a domain event as its
 * payload, before the store gives it a stream revision and a global position. New events are
 * always written at the current schema version.
 *
 * @category models
 * @since 0.1.0
 */
export const NewEvent = Schema.Struct({
  ...EventEnvelope.envelopeFields,
  schemaVersion: Schema.Literal(CURRENT_SCHEMA_VERSION),
  data: DomainEvent
}).check(Schema.makeFilter(EventEnvelope.typeMatchesData))

/**
 * @category models
 * @since 0.1.0
 */
export type NewEvent = typeof NewEvent.Type

/**
 * An event of the ledger as a store holds it: sealed into the hash chain (see the event store's
 * `EventEnvelope.placementFields`), its payload as stored, in the schema version it was written
 * at; `Upcaster.upcastEvent` reads it as the current schema.
 *
 * @category models
 * @since 0.1.0
 */
export const RecordedEvent = Schema.Struct({
  ...EventEnvelope.envelopeFields,
  schemaVersion: SchemaVersion,
  data: StoredDomainEvent,
  ...EventEnvelope.placementFields
}).check(Schema.makeFilter(EventEnvelope.typeMatchesData), Schema.makeFilter(payloadMatchesVersion))

/**
 * @category models
 * @since 0.1.0
 */
export type RecordedEvent = typeof RecordedEvent.Type

/**
 * A recorded event with its payload read as the current schema (`Upcaster.upcastEvent`): what
 * deciders, folds and projections read.
 *
 * @category models
 * @since 0.3.0
 */
export type CurrentRecordedEvent = RecordedEvent & { readonly data: DomainEvent }

/**
 * What a fold reads of an event of the ledger: its payload and the provenance a fold records (a
 * `RecordedEvent` or a `NewEvent` both fit).
 *
 * @category models
 * @since 0.1.0
 */
export type FoldableEvent = KernelFoldableEvent<RecordedEvent>
