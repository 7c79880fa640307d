/**
 * Whose data a personal value is:
 * - `"self"`: the value names the person (an actor, a lead officer, a contact), so the subject
 *   is the name as recorded;
 * - `"actor"`: the value was written by the event's actor and is filed under them (a free-text
 *   note);
 * - `{ field, within }`: a sibling field of the same record identifies the subject (a voice
 *   statement filed under its `voiceId`); `within`, when given, names a sibling field the
 *   identifier is unique only within (the plan), and the subject is `<within>/<field>`.
 *
 * @category models
 * @since 0.4.0
 */
export type SubjectOf = "self" | "actor" | { readonly field: string; readonly within?: string }

/**
 * What an event schema declares of one personal field: the kind of value it holds (what a
 * retention policy is written against: "actor", "lead officer", "voice statement") and whose data
 * it is.
 *
 * @category models
 * @since 0.4.0
 */
export interface PersonalField {
  readonly kind: string
  readonly subject: SubjectOf
}

/**
 * The annotation key under which a schema declares a personal field.
 *
 * @category annotations
 * @since 0.4.0
 */
export const PERSONAL_FIELD = "planLedgerPersonalField"

/**
 * The annotation that declares a string field personal: its value is kept outside the hashed
 * event, committed to by a salted hash, and can be erased. Only string fields can be personal.
 *
 * @example
 * import { Schema } from "effect"
 * import { PersonalData } from "@plan-ledger/eventstore"
 * const Complaint = Schema.TaggedStruct("ComplaintReceived", {
 *   complainant: Schema.String.annotate(PersonalData.personalField({ kind: "complainant", subject: "self" }))
 * })
 *
 * @category annotations
 * @since 0.4.0
 */
export const personalField = (field: PersonalField): { readonly [PERSONAL_FIELD]: PersonalField } => ({ [PERSONAL_FIELD]: field })
