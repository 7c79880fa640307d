import { PersonalData } from "@plan-ledger/eventstore"
import { eventPlaces, type LedgerPersonalDataStore } from "./LedgerPersonalData.js"

export { SUBJECT_ACCESS_COLUMNS, subjectAccessCells } from "./SubjectAccessColumns.js"

/**
 * One value recorded about a person, with where it appears: the event (its stream, type and when
 * it was recorded) and the JSON pointer of the field within it.
 *
 * @category models
 * @since 0.4.0
 */
export interface SubjectAccessEntry {
  readonly kind: string
  readonly value: string
  readonly recordedAs: string
  readonly stream: string
  readonly eventType: string
  readonly eventId: string
  readonly field: string
  readonly recordedAt: string
}

/**
 * What a subject access request returns: the subject, every name it is linked to, and every value
 * the ledger keeps about them, oldest first.
 *
 * @category models
 * @since 0.4.0
 */
export interface SubjectAccess {
  readonly subject: string
  readonly names: ReadonlyArray<string>
  readonly entries: ReadonlyArray<SubjectAccessEntry>
}

// Where a value kept for an append that never completed appears: in no event. It is still held,
// so it is listed (and an erasure removes it).
const NOT_IN_THE_LOG = "(in no event: an append that did not complete)"

/**
 * Every value the ledger keeps about a subject — a registered person's id or a name as it was
 * recorded — under every name linked to it.
 *
 * @category views
 * @since 0.4.0
 */
export const subjectAccess = async (store: LedgerPersonalDataStore, subject: string): Promise<SubjectAccess> => {
  const names = PersonalData.subjectNames(subject, await store.personalData.vault.links())
  const values = await store.personalData.valuesOf(subject)
  const places = await eventPlaces(store)
  const entries = values
    .map((value) => {
      const place = places.get(value.eventId)
      return {
        kind: value.kind,
        value: value.value,
        recordedAs: value.subject ?? "",
        stream: place?.stream ?? NOT_IN_THE_LOG,
        eventType: place?.type ?? NOT_IN_THE_LOG,
        eventId: value.eventId,
        field: value.pointer,
        recordedAt: place?.recordedAt ?? ""
      }
    })
    .sort(
      (left, right) =>
        left.recordedAt.localeCompare(right.recordedAt) ||
        left.eventId.localeCompare(right.eventId) ||
        left.field.localeCompare(right.field)
    )
  return { subject, names: [...names].sort(), entries }
}
