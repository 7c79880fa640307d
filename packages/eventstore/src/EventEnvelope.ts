import { Schema } from "effect"
import { CalendarDate } from "./CalendarDate.js"
import { NonEmptyTrimmedString } from "./NonEmptyTrimmedString.js"
import { personalText } from "./personal/PersonalText.js"

/**
 * Where a fact came from: the source document, and the page and table within it.
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
 * import { sourceLabel } from "@plan-ledger/eventstore"
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
// checks them), so every id a store already holds still reads.
const EventIdText = Schema.String.check(Schema.isGUID({ expected: "a UUID" }))

/**
 * The provenance every event carries: who recorded it, why, on whose decision, from which
 * document, and the business date it takes effect. Provenance is required, never optional
 * metadata. The actor and the authority are personal fields (`PersonalData.personalField`): they
 * name people, so a `PersonalDataStore` keeps them outside the hashed event, where they can be
 * erased.
 *
 * @category models
 * @since 0.1.0
 */
export const Provenance = Schema.Struct({
  actor: personalText({ kind: "actor", subject: "self" }),
  reason: NonEmptyTrimmedString,
  authority: Schema.optional(personalText({ kind: "authority", subject: "self" })),
  source: Schema.optional(SourceReference),
  effectiveDate: CalendarDate
})

/**
 * @category models
 * @since 0.1.0
 */
export type Provenance = typeof Provenance.Type

/**
 * The fields of every event's envelope besides its schema version and payload: its id, its type
 * (the payload's `_tag`), when it was recorded, and its provenance.
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

/**
 * The fields a store adds when it seals an event: its stream and revision within the stream
 * (from 0), its position in the store's global order (from 1), whether it is the last event of
 * the batch it was appended in, and the hash chain (the previous event's hash in global order,
 * and this event's hash over its content and that link).
 *
 * `lastInBatch` is covered by the hash, so a batch boundary cannot be moved without changing the
 * chain. Events sealed before the chain recorded boundaries (hash format 1, see
 * `EventHash.hashFormatOf`) lack it.
 *
 * @category models
 * @since 0.3.0
 */
export const placementFields = {
  stream: NonEmptyTrimmedString,
  streamRevision: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
  globalPosition: Schema.Int.check(Schema.isGreaterThan(0)),
  lastInBatch: Schema.optional(Schema.Boolean),
  previousHash: Schema.NullOr(Schema.String),
  hash: Schema.String
}

/**
 * The envelope every event has, whatever its payload.
 *
 * @category models
 * @since 0.3.0
 */
export type Envelope = Schema.Struct<typeof envelopeFields>["Type"]

/**
 * Where a sealed event sits and how it is chained.
 *
 * @category models
 * @since 0.3.0
 */
export type Placement = Schema.Struct<typeof placementFields>["Type"]

/**
 * An event ready to append: envelope, schema version and payload, before the store gives it a
 * place. A domain defines its own with `EventSchema.make`; this is the shape every one has.
 *
 * @category models
 * @since 0.1.0
 */
export type NewEvent<Data = unknown> = Envelope & { readonly schemaVersion: number; readonly data: Data }

/**
 * An event as a store holds it: a new event sealed into its place in the hash chain. Its payload
 * is as stored, in the schema version it was written at.
 *
 * @category models
 * @since 0.1.0
 */
export type RecordedEvent<Data = unknown> = NewEvent<Data> & Placement

/**
 * What a fold reads of an event: its payload and the provenance a fold records (a recorded event
 * or a new one both fit). Stores serve replays in this shape (`readAllForReplay`) because it is
 * much cheaper to build than a whole recorded event.
 *
 * @category models
 * @since 0.1.0
 */
export type FoldableEvent<Recorded extends RecordedEvent = RecordedEvent> = Pick<
  Recorded,
  "schemaVersion" | "data" | "actor" | "reason" | "authority" | "effectiveDate"
>

/**
 * The part of an event's envelope a fold needs besides its payload.
 *
 * @category models
 * @since 0.2.0
 */
export type EnvelopeFacts = Pick<Provenance, "actor" | "reason" | "authority" | "effectiveDate">

/**
 * The check every envelope makes: its `type` is its payload's `_tag`.
 *
 * @category filters
 * @since 0.3.0
 */
export const typeMatchesData = (event: { readonly type: string; readonly data: { readonly _tag: string } }): boolean | string =>
  event.type === event.data._tag || `envelope type "${event.type}" does not match its data "${event.data._tag}"`
