import { EventId, PersonalData, type Provenance } from "@plan-ledger/eventstore"
import type { NewEvent } from "../event/EventEnvelope.js"
import { CURRENT_SCHEMA_VERSION } from "../event/SchemaVersion.js"
import * as StreamName from "../event/StreamName.js"
import { eventPlaces, type LedgerPersonalDataStore } from "./LedgerPersonalData.js"

/**
 * What an erasure did: how many values it erased, and the events that record it (one for each
 * stream whose events held erased values).
 *
 * @category models
 * @since 0.4.0
 */
export interface ErasureOutcome {
  readonly values: number
  readonly events: ReadonlyArray<{ readonly stream: string; readonly eventId: string; readonly values: number }>
}

/**
 * How an erasure is recorded: its provenance (who, why, on whose authority), and the clock and
 * event ids it uses.
 *
 * @category models
 * @since 0.4.0
 */
export interface ErasureOptions {
  readonly provenance: Provenance
  readonly clock?: () => Date
  readonly newEventId?: () => string
}

// The stream an erasure of an event's values is recorded in: the plan's own stream, so the plan's
// history shows it; the ledger's personal-data stream for any other event.
const erasureStreamOf = (stream: string): string => (stream.startsWith(StreamName.forPlan("")) ? stream : StreamName.forPersonalData)

/**
 * Erases values: for each stream whose events hold some, appends a `PersonalDataErased` event
 * with the provenance given, then removes the values and their salts from the store. The events
 * keep their commitments, so the chain, the Merkle tree and every proof still verify; readers see
 * "erased on <date>" where each value was. A stream that fails does not stop the others: the
 * first failure is thrown once each has been tried, and erasing again finishes what is left.
 *
 * @category erasing
 * @since 0.4.0
 */
export const erase = async (
  store: LedgerPersonalDataStore,
  values: ReadonlyArray<PersonalData.KeptValue>,
  options: ErasureOptions
): Promise<ErasureOutcome> => {
  const clock = options.clock ?? (() => new Date())
  const newEventId = options.newEventId ?? EventId.timeOrdered
  const places = await eventPlaces(store)
  const byStream = new Map<string, Array<PersonalData.KeptValue>>()
  for (const value of values) {
    const stream = erasureStreamOf(places.get(value.eventId)?.stream ?? StreamName.forPersonalData)
    byStream.set(stream, [...(byStream.get(stream) ?? []), value])
  }
  const events: Array<ErasureOutcome["events"][number]> = []
  // A stream whose erasure fails does not stop the others': each is whole in itself, and the
  // first failure is thrown once every stream has been tried (erasing again finishes the rest).
  let failed: { readonly cause: unknown } | undefined
  for (const [stream, going] of [...byStream].sort(([left], [right]) => left.localeCompare(right))) {
    const eventId = newEventId()
    const appended = await store.personalData
      .erase({
        values: going,
        stream,
        erasure: (data): NewEvent => ({
          eventId,
          type: data._tag,
          schemaVersion: CURRENT_SCHEMA_VERSION,
          recordedAt: clock().toISOString(),
          ...options.provenance,
          data
        })
      })
      .catch((cause: unknown) => {
        failed ??= { cause }
        return undefined
      })
    if (appended !== undefined) events.push({ stream, eventId, values: going.length })
  }
  if (failed !== undefined) throw failed.cause
  return { values: events.reduce((sum, event) => sum + event.values, 0), events }
}

/**
 * Erases every value kept about a subject — a registered person's id or a name as recorded —
 * under every name linked to it, then forgets the links.
 *
 * @category erasing
 * @since 0.4.0
 */
export const eraseSubject = async (store: LedgerPersonalDataStore, subject: string, options: ErasureOptions): Promise<ErasureOutcome> => {
  const names = PersonalData.subjectNames(subject, await store.personalData.vault.links())
  const outcome = await erase(store, await store.personalData.valuesOf(subject), options)
  await store.personalData.vault.unlink([...names])
  return outcome
}
