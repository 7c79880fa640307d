import { Result, Schema, SchemaAST } from "effect"
import type { NewEvent, RecordedEvent } from "./EventEnvelope.js"
import { type PersonalPaths, pathsOf } from "./personal/PersonalPaths.js"

type Decode<Event> = (input: unknown) => Result.Result<Event, Schema.SchemaError>

/**
 * A domain's events as a store sees them: how to decode an event ready to append, and how to
 * decode an event as stored. Every store is opened with one; it validates every append with the
 * first and every record `verify` reads with the second, so no store holds an event its readers
 * cannot decode. Build one with `make`.
 *
 * @category models
 * @since 0.3.0
 */
export interface EventSchema<New extends NewEvent = NewEvent, Recorded extends RecordedEvent = RecordedEvent> {
  /** Decodes an event ready to append, or says what is wrong with it. */
  readonly decodeNewEvent: Decode<New>
  /** Decodes an event as a store holds it, or says what is wrong with it. */
  readonly decodeRecordedEvent: Decode<Recorded>
  /**
   * Where the new event's schema declares personal fields (`PersonalData.personalField`), if it
   * declares any: the values a `PersonalDataStore` keeps outside the hashed event.
   */
  readonly personalPaths?: PersonalPaths
}

/**
 * The schemas a domain builds its `EventSchema` from: its event ready to append (a struct of
 * `envelopeFields`, its `schemaVersion` and `data`), its event as stored, and — optionally — the
 * union of its payloads, so that each new event is decoded against its own type's schema alone.
 *
 * @category models
 * @since 0.3.0
 */
export interface EventSchemaDefinition<NewFields extends Schema.Struct.Fields, Recorded extends RecordedEvent> {
  readonly newEvent: Schema.Struct<NewFields> & Schema.Decoder<NewEvent>
  readonly recordedEvent: Schema.Decoder<Recorded>
  readonly payloads?: Schema.Top
}

// Rejected values are kept with the issue, so the message of a refused event can say what was found.
const DECODE_OPTIONS = { reportInput: true }

// The `_tag` literal of one member of the payload union. A member's checks are held on its own
// node, so a checked struct is still a struct here.
const tagOf = (ast: SchemaAST.AST): string | undefined => {
  if (!SchemaAST.isObjects(ast)) return undefined
  const tag = ast.propertySignatures.find((signature) => signature.name === "_tag")?.type
  return tag !== undefined && SchemaAST.isLiteral(tag) && typeof tag.literal === "string" ? tag.literal : undefined
}

const membersOf = (ast: SchemaAST.AST): ReadonlyArray<SchemaAST.AST> => (SchemaAST.isUnion(ast) ? ast.types.flatMap(membersOf) : [ast])

// One decoder per event type, each compiled on the first event of its type: the envelope with that
// type's payload alone, so an event is checked against its own schema instead of being tried
// against the union of every payload. An event its type's decoder refuses is decoded again
// through the whole schema, so its error reads the same as ever (a payload of another type than
// the envelope says is reported as a mismatch).
const byTypeDecoder = <New>(newEvent: Schema.Struct<Schema.Struct.Fields>, payloads: Schema.Top, decodeAny: Decode<New>): Decode<New> => {
  const byType = new Map<string, SchemaAST.AST>(
    membersOf(payloads.ast).flatMap((member) => {
      const tag = tagOf(member)
      return tag === undefined ? [] : [[tag, member] as const]
    })
  )
  const compiled = new Map<string, Decode<New>>()
  const decoderFor = (type: unknown): Decode<New> => {
    if (typeof type !== "string") return decodeAny
    const known = compiled.get(type)
    if (known !== undefined) return known
    const member = byType.get(type)
    if (member === undefined) return decodeAny
    const decode = Schema.decodeUnknownResult(
      Schema.Struct({ ...newEvent.fields, data: Schema.make<Schema.Codec<unknown, unknown>>(member) }),
      DECODE_OPTIONS
    ) as Decode<New>
    compiled.set(type, decode)
    return decode
  }
  return (input) => {
    const type = typeof input === "object" && input !== null && "type" in input ? input.type : undefined
    const decoded = decoderFor(type)(input)
    return Result.isSuccess(decoded) ? decoded : decodeAny(input)
  }
}

/**
 * A domain's `EventSchema`, from the schemas of its new and stored events.
 *
 * @example
 * import { Schema } from "effect"
 * import { EventEnvelope, EventSchema } from "@plan-ledger/eventstore"
 * const Payload = Schema.TaggedStruct("Noted", { text: Schema.String })
 * const NewNote = Schema.Struct({ ...EventEnvelope.envelopeFields, schemaVersion: Schema.Literal(1), data: Payload })
 * const RecordedNote = Schema.Struct({ ...NewNote.fields, ...EventEnvelope.placementFields })
 * const notes = EventSchema.make({ newEvent: NewNote, recordedEvent: RecordedNote })
 *
 * @category constructors
 * @since 0.3.0
 */
export const make = <NewFields extends Schema.Struct.Fields, Recorded extends RecordedEvent>(
  definition: EventSchemaDefinition<NewFields, Recorded>
): EventSchema<Schema.Struct<NewFields>["Type"] & NewEvent, Recorded> => {
  type New = Schema.Struct<NewFields>["Type"] & NewEvent
  const decodeAny = Schema.decodeUnknownResult(definition.newEvent, DECODE_OPTIONS) as Decode<New>
  const personalPaths = pathsOf(definition.newEvent.ast)
  return {
    ...(personalPaths === undefined ? {} : { personalPaths }),
    decodeNewEvent:
      definition.payloads === undefined
        ? decodeAny
        : byTypeDecoder(definition.newEvent as unknown as Schema.Struct<Schema.Struct.Fields>, definition.payloads, decodeAny),
    decodeRecordedEvent: Schema.decodeUnknownResult(definition.recordedEvent, DECODE_OPTIONS) as Decode<Recorded>
  }
}
