import { Result, Schema, SchemaAST } from "effect"
import { DomainEvent } from "./DomainEvent.js"
import { envelopeFields, NewEvent } from "./EventEnvelope.js"
import { CURRENT_SCHEMA_VERSION } from "./SchemaVersion.js"

type Decode = (input: unknown) => Result.Result<NewEvent, Schema.SchemaError>

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

const decodeAny: Decode = Schema.decodeUnknownResult(NewEvent, DECODE_OPTIONS)

// One decoder per event type, each compiled once, on the first event of its type: the envelope
// with that type's payload alone, so an event is checked against its own schema instead of being
// tried against the union of every payload.
const byType = new Map<string, SchemaAST.AST>(
  membersOf(DomainEvent.ast).flatMap((member) => {
    const tag = tagOf(member)
    return tag === undefined ? [] : [[tag, member] as const]
  })
)
const compiled = new Map<string, Decode>()

const decoderFor = (type: unknown): Decode => {
  if (typeof type !== "string") return decodeAny
  const known = compiled.get(type)
  if (known !== undefined) return known
  const member = byType.get(type)
  if (member === undefined) return decodeAny
  const decode = Schema.decodeUnknownResult(
    Schema.Struct({
      ...envelopeFields,
      schemaVersion: Schema.Literal(CURRENT_SCHEMA_VERSION),
      data: Schema.make<Schema.Codec<NewEvent["data"], unknown>>(member)
    }),
    DECODE_OPTIONS
  ) as Decode
  compiled.set(type, decode)
  return decode
}

/**
 * Decodes an event ready to append, as `Schema.decodeUnknownResult(NewEvent)` does and with the
 * same result, but through a decoder compiled once for the event's type. An event its type's
 * decoder refuses is decoded again through the whole schema, so its error reads the same as ever
 * (a payload of another type than the envelope says is reported as a mismatch).
 *
 * @category decoding
 * @since 0.3.0
 */
export const decodeNewEvent = (input: unknown): Result.Result<NewEvent, Schema.SchemaError> => {
  const type = typeof input === "object" && input !== null && "type" in input ? input.type : undefined
  const decoded = decoderFor(type)(input)
  return Result.isSuccess(decoded) ? decoded : decodeAny(input)
}
