import { Schema } from "effect"
import { NonEmptyTrimmedString } from "../internal/NonEmptyTrimmedString.js"
import { CalendarDate } from "../period/Period.js"
import { DomainEvent } from "./DomainEvent.js"
import { CURRENT_SCHEMA_VERSION, SchemaVersion } from "./SchemaVersion.js"
import { payloadMatchesVersion, StoredDomainEvent } from "./Upcaster.js"

/**
 * Where a figure came from: the source document, and the page and table within it.
 *
 * @category models
 * @since 0.1.0
 */
export const SourceReference = Schema.Struct({
  document: NonEmptyTrimmedString,
  page: Schema.optional(NonEmptyTrimmedString),
  table: Schema.optional(NonEmptyTrimmedString)
})

/**
 * @category models
 * @since 0.1.0
 */
export type SourceReference = typeof SourceReference.Type

/**
 * A source as a reader sees it: the document and the table, "Document — Table" (empty when no
 * source is given).
 *
 * @example
 * import { sourceLabel } from "@plan-ledger/core"
 * sourceLabel({ document: "Budget book 2009/10", table: "Revenue budget" }) // "Budget book 2009/10 — Revenue budget"
 *
 * @category formatting
 * @since 0.3.0
 */
export const sourceLabel = (source: SourceReference | undefined): string =>
  source === undefined ? "" : [source.document, source.table].filter((part) => part !== undefined).join(" — ")

/**
 * An instant written as an ISO-8601 UTC timestamp (`2026-11-24T09:30:00.000Z`).
 *
 * @category models
 * @since 0.1.0
 */
export const Instant = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, {
    message: "expected a UTC timestamp such as 2026-11-24T09:30:00.000Z"
  })
)

// An event id has the UUID shape, its version and variant bits unchecked (Effect 4's `isUUID`
// checks them), so every id a ledger already holds still reads.
const EventIdText = Schema.String.check(Schema.isGUID({ expected: "a UUID" }))

/**
 * The provenance every event carries: who recorded it, why, on whose decision, from which
 * document, and the business date it takes effect. Provenance is required, never optional
 * metadata.
 *
 * @category models
 * @since 0.1.0
 */
export const Provenance = Schema.Struct({
  actor: NonEmptyTrimmedString,
  reason: NonEmptyTrimmedString,
  authority: Schema.optional(NonEmptyTrimmedString),
  source: Schema.optional(SourceReference),
  effectiveDate: CalendarDate
})

/**
 * @category models
 * @since 0.1.0
 */
export type Provenance = typeof Provenance.Type

/**
 * The fields of an event ready to append, its payload any domain event.
 *
 * @category models
 * @since 0.3.0
 */
export const envelopeFields = {
  eventId: EventIdText,
  type: NonEmptyTrimmedString,
  recordedAt: Instant,
  ...Provenance.fields
}

const typeMatchesData = (event: { readonly type: string; readonly data: StoredDomainEvent }): boolean | string =>
  event.type === event.data._tag || `envelope type "${event.type}" does not match its data "${event.data._tag}"`

/**
 * An event ready to append: envelope and payload, before the store gives it a stream revision
 * and a global position. New events are always written at the current schema version.
 *
 * @category models
 * @since 0.1.0
 */
export const NewEvent = Schema.Struct({
  ...envelopeFields,
  schemaVersion: Schema.Literal(CURRENT_SCHEMA_VERSION),
  data: DomainEvent
}).check(Schema.makeFilter(typeMatchesData))

/**
 * @category models
 * @since 0.1.0
 */
export type NewEvent = typeof NewEvent.Type

/**
 * An event as a store holds it: its stream and revision within the stream (from 0), its
 * position in the store's global order (from 1), whether it is the last event of the batch it
 * was appended in, and the tamper-evident hash chain (the hash of the previous event in global
 * order, and this event's hash over its content and that link). Its payload is as stored, in the
 * schema version it was written at; `Upcaster.upcastEvent` reads it as the current schema.
 *
 * `lastInBatch` is covered by the hash, so a batch boundary cannot be moved without changing the
 * chain. Events sealed before the chain recorded boundaries (hash format 1, see
 * `EventHash.hashFormatOf`) lack it.
 *
 * @category models
 * @since 0.1.0
 */
export const RecordedEvent = Schema.Struct({
  ...envelopeFields,
  schemaVersion: SchemaVersion,
  data: StoredDomainEvent,
  stream: NonEmptyTrimmedString,
  streamRevision: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  globalPosition: Schema.Int.check(Schema.isGreaterThan(0)),
  lastInBatch: Schema.optional(Schema.Boolean),
  previousHash: Schema.NullOr(Schema.String),
  hash: Schema.String
}).check(Schema.makeFilter(typeMatchesData), Schema.makeFilter(payloadMatchesVersion))

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
 * What a fold reads of an event: its payload and the provenance a fold records (a `RecordedEvent`
 * or a `NewEvent` both fit). Stores serve replays in this shape (`readAllForReplay`) because it is
 * much cheaper to build than a whole `RecordedEvent`.
 *
 * @category models
 * @since 0.1.0
 */
export type FoldableEvent = Pick<RecordedEvent, "schemaVersion" | "data" | "actor" | "reason" | "authority" | "effectiveDate">

/**
 * The part of an event's envelope a fold needs besides its payload.
 *
 * @category models
 * @since 0.2.0
 */
export type EnvelopeFacts = Pick<Provenance, "actor" | "reason" | "authority" | "effectiveDate">
