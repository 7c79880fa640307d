import type { FoldableEvent, NewEvent, RecordedEvent } from "../EventEnvelope.js"
import { validateBatch } from "../EventChain.js"
import type { EventSchema } from "../EventSchema.js"
import type { AppendResult, EventStore, ExpectedRevision } from "../EventStore.js"
import { isTaggedErrorIn } from "../isTaggedErrorIn.js"
import { StoreUnavailable } from "../StoreErrors.js"
import { commitmentOf, erasedText, isCommitment, newSalts } from "./Commitment.js"
import type { PersonalDataErased } from "./PersonalDataErased.js"
import { type LocatedValue, locate, type PersonalPaths, replaceAt } from "./PersonalPaths.js"
import { isErased, type KeptValue, type PersonalVault, type SubjectLink, type VaultEntry } from "./PersonalVault.js"
import { verifyValues } from "./PersonalValueCheck.js"
import { subjectNames } from "./SubjectNames.js"
import { committedValues, inVaultPages } from "./VaultPages.js"

/**
 * What a `PersonalDataStore` adds to its store: the vault, the events as hashed (with
 * commitments where the personal values were — what a copy carries and a proof covers), and the
 * operations of a data protection officer.
 *
 * @category models
 * @since 0.4.0
 */
export interface PersonalDataAccess<New extends NewEvent, Recorded extends RecordedEvent> {
  readonly vault: PersonalVault
  /** The store beneath: its events as hashed, commitments in place of personal values. */
  readonly committed: EventStore<New, Recorded>
  /** The kept values of a subject, under every name it is linked to. */
  valuesOf(subject: string): Promise<ReadonlyArray<KeptValue>>
  /** Records that a name as recorded is a registered person's. */
  link(link: SubjectLink): Promise<void>
  /**
   * Erases values: appends the event `erasure` builds from the list of what goes (to `stream`),
   * then removes each value and its salt from the vault and clears the snapshot. Values already
   * erased are left out; with none left, nothing is appended and `undefined` is returned.
   */
  erase(request: {
    readonly values: ReadonlyArray<KeptValue>
    readonly stream: string
    readonly erasure: (payload: PersonalDataErased) => New
  }): Promise<AppendResult | undefined>
}

/**
 * An event store whose events' personal values are kept in its vault, committed to in the
 * hashed events, and erasable.
 *
 * @category models
 * @since 0.4.0
 */
export type PersonalDataStore<New extends NewEvent, Recorded extends RecordedEvent> = EventStore<New, Recorded> & {
  readonly personalData: PersonalDataAccess<New, Recorded>
}

// Rejections after which none of the batch was stored, so values kept for it can be forgotten.
const NOTHING_STORED = { WrongExpectedRevision: true, DuplicateEventId: true, InvalidEvent: true } as const

// The rejection of a batch whose ids the store holds already.
const REAPPENDED = { DuplicateEventId: true } as const

const NOTHING_EARLIER: ReadonlyMap<string, VaultEntry> = new Map()

// Where a value is: its event and field.
const placeOf = (eventId: string, pointer: string): string => `${eventId}\u0000${pointer}`

const readerText = (entry: VaultEntry): string => (isErased(entry) ? erasedText(entry.erasedOn) : entry.value)

/**
 * Puts the values back into events read from the store: a kept value where its commitment is, and
 * "erased on <date>" where an erased one was. An event sealed before commitments holds its values
 * in the clear, and is returned as it is.
 */
const restorer =
  (paths: PersonalPaths, vault: PersonalVault) =>
  async <Event extends object>(events: ReadonlyArray<Event>): Promise<ReadonlyArray<Event>> => {
    const located = events.map((event) => committedValues(paths, event))
    const commitments = located.flatMap((found) => found.map((value) => value.value))
    if (commitments.length === 0) return events
    const entries = await vault.read(commitments)
    return events.map((event, index) => {
      const replacements = (located[index] as ReadonlyArray<LocatedValue>).flatMap((found) => {
        const entry = entries.get(found.value)
        return entry === undefined ? [] : [{ segments: found.segments, text: readerText(entry) }]
      })
      return replacements.length === 0 ? event : replaceAt(event, replacements)
    })
  }

/**
 * A store whose events' personal values (the fields its schema declares with
 * `PersonalData.personalField`) are kept in the store's vault, each with its own random salt, and
 * committed to in the hashed event: the chain, the Merkle tree and every proof cover the
 * commitment, never the value, so a value can be erased and everything still verifies. Reads put
 * the values back ("erased on <date>" for an erased one); `verify` checks the chain, then every
 * kept value against its commitment.
 *
 * Values are kept before the events are appended: a crash between the two leaves values no event
 * refers to (listed by subject access, removed by an erasure), never an event without its values.
 *
 * @example
 * import { InMemoryEventStore, PersonalData } from "@plan-ledger/eventstore"
 * import { SampleEvents } from "@plan-ledger/eventstore/testkit"
 * const store = PersonalData.withPersonalData(InMemoryEventStore.make(SampleEvents.schema), SampleEvents.schema)
 *
 * @category constructors
 * @since 0.4.0
 */
export const withPersonalData = <New extends NewEvent, Recorded extends RecordedEvent>(
  store: EventStore<New, Recorded>,
  schema: EventSchema<New, Recorded>
): PersonalDataStore<New, Recorded> => {
  const vault = store.personalVault
  const paths = schema.personalPaths
  if (vault === undefined || paths === undefined) {
    throw new StoreUnavailable({
      store: "personal data",
      detail:
        vault === undefined
          ? "this store keeps no personal values; open it with a store of this package family"
          : "the events' schema declares no personal field"
    })
  }
  const restore = restorer(paths, vault)
  const restored = async function* <Event extends object>(events: AsyncIterable<Event>): AsyncIterable<Event> {
    for await (const page of inVaultPages(events)) yield* await restore(page)
  }

  // The events with their personal values replaced by commitments, and the values to keep. A value
  // held at the same place before (`earlier`: a re-append) is committed with the salt it was kept
  // with when it is the same value, so an identical batch is recognised as stored; one erased since
  // keeps the commitment the store holds, since its value can no longer be compared.
  const commit = (
    events: ReadonlyArray<New>,
    earlier: ReadonlyMap<string, VaultEntry>
  ): { readonly committed: ReadonlyArray<New>; readonly kept: ReadonlyArray<KeptValue> } => {
    const located = events.map((event) => locate(paths, event).filter((found) => !isCommitment(found.value)))
    const salts = newSalts(located.reduce((count, found) => count + found.length, 0))
    let drawn = 0
    const kept: Array<KeptValue> = []
    const committed = events.map((event, index) => {
      const found = located[index] as ReadonlyArray<LocatedValue>
      if (found.length === 0) return event
      return replaceAt(
        event,
        found.map((value) => {
          const salt = salts[drawn++] as string
          const before = earlier.get(placeOf(event.eventId, value.pointer))
          if (before !== undefined && isErased(before)) return { segments: value.segments, text: before.commitment }
          const same = before !== undefined && before.value === value.value
          const commitment = same ? before.commitment : commitmentOf(salt, value.value)
          if (!same) {
            kept.push({
              commitment,
              eventId: event.eventId,
              pointer: value.pointer,
              kind: value.kind,
              subject: value.subject ?? null,
              salt,
              value: value.value
            })
          }
          return { segments: value.segments, text: commitment }
        })
      )
    })
    return { committed, kept }
  }

  // Keeps the batch's values, then appends its events; values kept for a batch the store refused are
  // forgotten again.
  const appendCommitted = async (
    stream: string,
    events: ReadonlyArray<New>,
    options: { readonly expectedRevision: ExpectedRevision },
    earlier: ReadonlyMap<string, VaultEntry>
  ): Promise<AppendResult> => {
    const { committed, kept } = commit(events, earlier)
    await vault.keep(kept)
    try {
      return await store.appendToStream(stream, committed, options)
    } catch (error) {
      if (isTaggedErrorIn(NOTHING_STORED, error)) await vault.discard(kept.map((value) => value.commitment))
      throw error
    }
  }

  // A batch is first appended as new, with fresh salts. Only when the store holds some of its ids
  // already (a re-append) are the values it kept for them looked up, and the batch committed again
  // with them: the common append reads nothing from the vault.
  const appendToStream: EventStore<New, Recorded>["appendToStream"] = async (stream, events, options) => {
    const batch = validateBatch(schema, stream, events)
    try {
      return await appendCommitted(stream, batch, options, NOTHING_EARLIER)
    } catch (error) {
      if (!isTaggedErrorIn(REAPPENDED, error)) throw error
      const earlier = await vault.entriesOf(batch.map((event) => event.eventId))
      if (earlier.length === 0) throw error
      return appendCommitted(stream, batch, options, new Map(earlier.map((entry) => [placeOf(entry.eventId, entry.pointer), entry])))
    }
  }

  const valuesOf = async (subject: string): Promise<ReadonlyArray<KeptValue>> => {
    const names = subjectNames(subject, await vault.links())
    const found: Array<KeptValue> = []
    for await (const entry of vault.entries()) if (!isErased(entry) && entry.subject !== null && names.has(entry.subject)) found.push(entry)
    return found
  }

  const personalData: PersonalDataAccess<New, Recorded> = {
    vault,
    committed: store,
    valuesOf,
    link: (link) => vault.link(link),
    erase: async ({ values, stream, erasure }) => {
      const present = await vault.read(values.map((value) => value.commitment))
      const going = values.filter((value) => {
        const entry = present.get(value.commitment)
        return entry !== undefined && !isErased(entry)
      })
      if (going.length === 0) return undefined
      const event = erasure({
        _tag: "PersonalDataErased",
        values: going.map((value) => ({ eventId: value.eventId, pointer: value.pointer, kind: value.kind, commitment: value.commitment }))
      })
      const appended = await appendToStream(stream, [event], { expectedRevision: "any" })
      await store.snapshots?.clear()
      await vault.erase(
        going.map((value) => value.commitment),
        { erasedOn: event.recordedAt.slice(0, 10), erasedBy: event.eventId }
      )
      return appended
    }
  }

  return {
    ...store,
    appendToStream,
    readStream: (stream, options) => restored(store.readStream(stream, options)),
    readAll: (options) => restored(store.readAll(options)),
    readAllForReplay: async function* (options) {
      for await (const page of store.readAllForReplay(options)) yield (await restore(page)) as ReadonlyArray<FoldableEvent<Recorded>>
    },
    subscribe: (options) => store.subscribe({ ...options, onEvents: async (events) => options.onEvents(await restore(events)) }),
    verify: async (options) => {
      const chain = await store.verify(options)
      if (!chain.ok) return chain
      return (await verifyValues(paths, vault, store.readAll())) ?? chain
    },
    personalData
  }
}
