import { Schema } from "effect"
import { NonEmptyTrimmedString } from "../NonEmptyTrimmedString.js"

/**
 * One value an erasure removed: the event and the JSON pointer where it was, its kind and the
 * commitment the event still holds. Neither the value nor whose it was is recorded.
 *
 * @category events
 * @since 0.4.0
 */
export const ErasedValueReference = Schema.Struct({
  eventId: NonEmptyTrimmedString,
  pointer: Schema.String,
  kind: NonEmptyTrimmedString,
  commitment: NonEmptyTrimmedString
})

/**
 * The payload of the event that records an erasure. Its envelope says who erased, when, why and
 * on whose authority; the values are listed by place, so `history` shows what was erased without
 * saying whose it was. A domain that keeps personal data adds this payload to its union.
 *
 * @category events
 * @since 0.4.0
 */
export const PersonalDataErased = Schema.TaggedStruct("PersonalDataErased", {
  values: Schema.Array(ErasedValueReference).check(Schema.isMinLength(1))
})

/**
 * @category events
 * @since 0.4.0
 */
export type PersonalDataErased = typeof PersonalDataErased.Type
