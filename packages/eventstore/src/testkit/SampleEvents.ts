import { randomUUID } from "node:crypto"
import { Schema } from "effect"
import { CalendarDate } from "../CalendarDate.js"
import { envelopeFields, placementFields, typeMatchesData } from "../EventEnvelope.js"
import * as EventSchema from "../EventSchema.js"
import { NonEmptyTrimmedString } from "../NonEmptyTrimmedString.js"
import { PersonalDataErased } from "../personal/PersonalDataErased.js"
import { personalText } from "../personal/PersonalText.js"

/**
 * The payload of the sample events a store's tests append: a note with some text.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const Noted = Schema.TaggedStruct("Noted", {
  noteId: NonEmptyTrimmedString,
  text: personalText({ kind: "note", subject: "actor" })
})

/**
 * @category fixtures
 * @since 0.3.0
 */
export type Noted = typeof Noted.Type

/**
 * A sample event ready to append.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const NewNote = Schema.Struct({
  ...envelopeFields,
  schemaVersion: Schema.Literal(1),
  data: Schema.Union([Noted, PersonalDataErased])
}).check(Schema.makeFilter(typeMatchesData))

/**
 * @category fixtures
 * @since 0.3.0
 */
export type NewNote = typeof NewNote.Type

/**
 * A sample event as a store holds it.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const RecordedNote = Schema.Struct({ ...NewNote.fields, ...placementFields }).check(Schema.makeFilter(typeMatchesData))

/**
 * @category fixtures
 * @since 0.3.0
 */
export type RecordedNote = typeof RecordedNote.Type

/**
 * The schema of the sample events: what a store under test is opened with.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const schema = EventSchema.make({ newEvent: NewNote, recordedEvent: RecordedNote })

let counter = 0

/**
 * A valid sample event with a fresh id. `overrides` lets a test pin the id, the recorded-at
 * instant, the actor or the text, or give the event an authority.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const sampleEvent = (
  overrides: {
    readonly eventId?: string
    readonly recordedAt?: string
    readonly actor?: string
    readonly text?: string
    readonly authority?: string
  } = {}
): NewNote => {
  counter += 1
  return {
    eventId: overrides.eventId ?? randomUUID(),
    type: "Noted",
    schemaVersion: 1,
    recordedAt: overrides.recordedAt ?? "2026-11-24T09:00:00.000Z",
    actor: overrides.actor ?? "conformance-suite",
    reason: "store conformance test",
    ...(overrides.authority === undefined ? {} : { authority: overrides.authority }),
    effectiveDate: CalendarDate.make("2008-09-01"),
    data: { _tag: "Noted", noteId: `note-${counter}`, text: overrides.text ?? `Note ${counter}` }
  }
}

/**
 * `count` valid sample events.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const sampleEvents = (count: number): Array<NewNote> => Array.from({ length: count }, () => sampleEvent())

/**
 * A sample event whose payload its schema refuses (an empty note id): what a store must not
 * append.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const invalidEvent = (): unknown => ({ ...sampleEvent(), data: { _tag: "Noted", noteId: "", text: "x" } })

/**
 * The sample event that records an erasure of personal data, as a `PersonalDataStore` builds it
 * from the list of what goes.
 *
 * @category fixtures
 * @since 0.4.0
 */
export const erasureEvent =
  (provenance: { readonly actor: string; readonly recordedAt: string }) =>
  (payload: PersonalDataErased): NewNote => ({
    eventId: randomUUID(),
    type: payload._tag,
    schemaVersion: 1,
    recordedAt: provenance.recordedAt,
    actor: provenance.actor,
    reason: "erasure requested by the data subject",
    effectiveDate: CalendarDate.make(provenance.recordedAt.slice(0, 10)),
    data: payload
  })
