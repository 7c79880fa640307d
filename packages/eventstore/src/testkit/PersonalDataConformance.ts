import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { EventStore as GenericEventStore } from "../EventStore.js"
import { erasedText, isCommitment } from "../personal/Commitment.js"
import { type PersonalDataStore, withPersonalData } from "../personal/PersonalDataStore.js"
import { isErased, type KeptValue } from "../personal/PersonalVault.js"
import { canImportSealed } from "../SealedImport.js"
import { erasureEvent, type NewNote, type RecordedNote, sampleEvent, schema } from "./SampleEvents.js"

type EventStore = GenericEventStore<NewNote, RecordedNote>
type Store = PersonalDataStore<NewNote, RecordedNote>

/**
 * How the personal-data suite gets a store: `open` gives a fresh, empty store (with its vault)
 * for each test, opened with `SampleEvents.schema`. `reopen`, when given, opens the same store
 * again after `close`. `storedBytes`, when given, reads what the store holds in its medium (the
 * database and its journal, the ledger and its side files), each file's bytes; it is asked while
 * the store is open and called after it is closed: after an erasure, no file may hold an erased
 * value. `tamperValue`, when given, changes the kept value or salt of a commitment in the
 * store's own medium, bypassing the API; `verify` must then report it. `refusedValuesLinger` says
 * why a store's files may keep a refused batch's values until its next erasure, if they may.
 *
 * @category testing
 * @since 0.4.0
 */
export interface PersonalDataHarness {
  readonly open: () => Promise<EventStore>
  readonly reopen?: (store: EventStore) => Promise<EventStore>
  readonly storedBytes?: (store: EventStore) => () => Promise<ReadonlyArray<Uint8Array>>
  readonly tamperValue?: (store: EventStore, commitment: string, part: "value" | "salt") => Promise<void>
  /**
   * Why the store's files may still hold a refused batch's values after it forgets them, when they
   * may (until its next erasure scrubs them); `undefined` when they may not.
   */
  readonly refusedValuesLinger?: string
}

const ERASED_ON = "2026-12-01"
const ERASER = { actor: "Data Protection Officer", recordedAt: `${ERASED_ON}T10:00:00.000Z` }
const ERASURE_STREAM = "personal-data"

const collect = async <Event>(events: AsyncIterable<Event>): Promise<Array<Event>> => {
  const collected: Array<Event> = []
  for await (const event of events) collected.push(event)
  return collected
}

// What a reader sees of an event's personal values and payload.
const seen = (event: RecordedNote) => ({ actor: event.actor, authority: event.authority, data: event.data })

const notesBy = (actor: string, count: number, authority?: string): Array<NewNote> =>
  Array.from({ length: count }, (_, index) =>
    sampleEvent({ actor, text: `${actor} wrote note ${index}`, ...(authority === undefined ? {} : { authority }) })
  )

const eraseSubject = async (store: Store, subject: string) =>
  store.personalData.erase({ values: await store.personalData.valuesOf(subject), stream: ERASURE_STREAM, erasure: erasureEvent(ERASER) })

const holds = async (stored: () => Promise<ReadonlyArray<Uint8Array>>, text: string): Promise<boolean> => {
  const needle = Buffer.from(text, "utf8")
  return (await stored()).some((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle))
}

// A case the harness may not be able to run: skipped with the reason when it cannot.
const caseWhen = (runnable: boolean, title: string, unavailable: string, body: () => Promise<void>): void => {
  if (runnable) it(title, body)
  else it.skip(`${title} (skipped: ${unavailable})`, body)
}

/**
 * The suite every store's personal vault must pass, through a `PersonalDataStore` over the store:
 * values kept outside the hashed events and read back whole, idempotent re-appends, erasure by
 * subject (and by linked name) with `verify` still passing, a copy that carries the erased state,
 * tampering with a kept value detected, erased values gone from the store's files, and a property
 * test erasing any subset of subjects.
 *
 * @category testing
 * @since 0.4.0
 */
export const personalDataConformance = (name: string, harness: PersonalDataHarness): void => {
  const open = async (): Promise<Store> => withPersonalData(await harness.open(), schema)

  describe(`${name}: personal data`, () => {
    it("keeps personal values outside the hashed events and reads them back whole", async () => {
      const store = await open()
      try {
        const events = [...notesBy("Jane Roe", 2, "John Smith"), ...notesBy("Ann Other", 1)]
        await store.appendToStream("notes", events, { expectedRevision: "no-stream" })
        for (const hashed of await collect(store.personalData.committed.readAll())) {
          expect(isCommitment(hashed.actor)).toBe(true)
          expect(hashed.data._tag === "Noted" && isCommitment(hashed.data.text)).toBe(true)
        }
        const expected = events.map((event) => ({ actor: event.actor, authority: event.authority, data: event.data }))
        expect((await collect(store.readAll())).map(seen)).toEqual(expected)
        expect((await collect(store.readStream("notes"))).map(seen)).toEqual(expected)
        const replayed = (await collect(store.readAllForReplay())).flat()
        expect(replayed.map(({ actor, authority, data }) => ({ actor, authority, data }))).toEqual(expected)
        expect((await store.verify()).ok).toBe(true)
      } finally {
        await store.close()
      }
    })

    it("treats a re-append of the same events as already stored", async () => {
      const store = await open()
      try {
        const events = notesBy("Jane Roe", 3)
        await store.appendToStream("notes", events, { expectedRevision: "no-stream" })
        const again = await store.appendToStream("notes", events, { expectedRevision: "any" })
        expect(again.appended).toBe(false)
        expect(await collect(store.personalData.vault.entries())).toHaveLength(6)
      } finally {
        await store.close()
      }
    })

    it(`forgets the values of a batch it refused${harness.refusedValuesLinger === undefined ? ", in its files too" : ` (in its files: ${harness.refusedValuesLinger})`}`, async () => {
      const store = await open()
      try {
        await store.appendToStream("notes", notesBy("Jane Roe", 1), { expectedRevision: "no-stream" })
        const refusedName = "Ottoline Vasquez-Pemberton"
        await expect(store.appendToStream("notes", notesBy(refusedName, 1), { expectedRevision: "no-stream" })).rejects.toMatchObject({
          _tag: "WrongExpectedRevision"
        })
        expect(await store.personalData.valuesOf(refusedName)).toEqual([])
        if (harness.storedBytes !== undefined && harness.refusedValuesLinger === undefined)
          expect(await holds(harness.storedBytes(store.personalData.committed), refusedName)).toBe(false)
      } finally {
        await store.close()
      }
    })

    it("treats a re-append of events whose values were erased since as already stored, keeping nothing again", async () => {
      const store = await open()
      try {
        const events = [...notesBy("Jane Roe", 2), ...notesBy("Ann Other", 1)]
        await store.appendToStream("notes", events, { expectedRevision: "no-stream" })
        await eraseSubject(store, "Jane Roe")
        const held = await collect(store.personalData.vault.entries())
        const again = await store.appendToStream("notes", events, { expectedRevision: "any" })
        expect(again.appended).toBe(false)
        expect(await collect(store.personalData.vault.entries())).toEqual(held)
        expect(await store.verify()).toMatchObject({ ok: true })
      } finally {
        await store.close()
      }
    })

    it("erases a subject: the values go, the erasure is recorded, and everything still verifies", async () => {
      let store = await open()
      try {
        await store.appendToStream("notes", [...notesBy("Jane Roe", 2, "John Smith"), ...notesBy("Ann Other", 1)], {
          expectedRevision: "no-stream"
        })
        const before = await collect(store.readAll())
        const erased = await store.personalData.valuesOf("Jane Roe")
        expect(erased.map((value) => value.kind).sort()).toEqual(["actor", "actor", "note", "note"])
        await eraseSubject(store, "Jane Roe")
        const check = async (reading: Store): Promise<void> => {
          const after = await collect(reading.readAll())
          expect(after).toHaveLength(before.length + 1)
          const erasedText_ = erasedText(ERASED_ON)
          after.slice(0, 2).forEach((event, index) => {
            expect(event.actor).toBe(erasedText_)
            expect(event.authority).toBe(before[index]?.authority)
            expect(event.data._tag === "Noted" && event.data.text).toBe(erasedText_)
          })
          expect(seen(after[2] as RecordedNote)).toEqual(seen(before[2] as RecordedNote))
          const erasure = after[3] as RecordedNote
          expect(erasure.actor).toBe(ERASER.actor)
          expect(erasure.data._tag === "PersonalDataErased" && erasure.data.values.map((value) => value.kind).sort()).toEqual([
            "actor",
            "actor",
            "note",
            "note"
          ])
          expect(await reading.personalData.valuesOf("Jane Roe")).toEqual([])
          expect(await reading.verify()).toMatchObject({ ok: true })
        }
        await check(store)
        if (harness.reopen !== undefined) {
          store = withPersonalData(await harness.reopen(store), schema)
          await check(store)
        }
      } finally {
        await store.close()
      }
    })

    it("erases a registered person under every name linked to them", async () => {
      const store = await open()
      try {
        await store.appendToStream("notes", [...notesBy("J. Roe", 1), ...notesBy("Jane Roe", 1), ...notesBy("Ann Other", 1)], {
          expectedRevision: "no-stream"
        })
        await store.personalData.link({ alias: "J. Roe", subject: "officer-17" })
        await store.personalData.link({ alias: "Jane Roe", subject: "officer-17" })
        expect((await store.personalData.valuesOf("officer-17")).map((value) => value.subject).sort()).toEqual([
          "J. Roe",
          "J. Roe",
          "Jane Roe",
          "Jane Roe"
        ])
        await eraseSubject(store, "J. Roe")
        expect(await store.personalData.valuesOf("officer-17")).toEqual([])
        expect(await store.personalData.valuesOf("Ann Other")).toHaveLength(2)
      } finally {
        await store.close()
      }
    })

    it("copies the events as hashed and the vault, erased values included", async () => {
      const source = await open()
      const target = await harness.open()
      try {
        await source.appendToStream("notes", [...notesBy("Jane Roe", 2), ...notesBy("Ann Other", 2)], { expectedRevision: "no-stream" })
        await eraseSubject(source, "Jane Roe")
        if (!canImportSealed(target)) throw new Error("the store under test cannot import sealed events")
        await target.importSealed(source.personalData.committed.readAll())
        const vault = target.personalVault
        if (vault === undefined) throw new Error("the store under test keeps no personal vault")
        await vault.import(source.personalData.vault.entries())
        const copy = withPersonalData(target, schema)
        expect(await copy.verify()).toMatchObject({ ok: true })
        expect((await collect(copy.readAll())).map(seen)).toEqual((await collect(source.readAll())).map(seen))
      } finally {
        await source.close()
        await target.close()
      }
    })

    caseWhen(
      harness.tamperValue !== undefined,
      "reports a kept value or salt that no longer matches its commitment",
      "the harness gives no way to change a kept value in the store's medium",
      async () => {
        for (const part of ["value", "salt"] as const) {
          const store = await open()
          try {
            await store.appendToStream("notes", notesBy("Jane Roe", 2), { expectedRevision: "no-stream" })
            const [target] = await store.personalData.valuesOf("Jane Roe")
            await harness.tamperValue?.(store, (target as KeptValue).commitment, part)
            const report = await store.verify()
            expect(report).toMatchObject({ ok: false, damage: { kind: "personal-value", eventId: (target as KeptValue).eventId } })
          } finally {
            await store.close()
          }
        }
      }
    )

    it("reports an event whose commitment has neither a kept value nor an erasure", async () => {
      const store = await open()
      try {
        await store.appendToStream("notes", notesBy("Jane Roe", 2), { expectedRevision: "no-stream" })
        const [target] = await store.personalData.valuesOf("Jane Roe")
        await store.personalData.vault.discard([(target as KeptValue).commitment])
        expect(await store.verify()).toMatchObject({
          ok: false,
          damage: { kind: "personal-value", eventId: (target as KeptValue).eventId }
        })
      } finally {
        await store.close()
      }
    })

    caseWhen(
      harness.storedBytes !== undefined,
      "leaves no erased value in the store's files",
      "this store keeps nothing in files",
      async () => {
        const store = await open()
        let closed = false
        try {
          const erasedName = "Philippa Quennell-Zabrowski"
          await store.appendToStream("notes", [...notesBy(erasedName, 3), ...notesBy("Ann Other", 1)], { expectedRevision: "no-stream" })
          const stored = (harness.storedBytes as NonNullable<PersonalDataHarness["storedBytes"]>)(store.personalData.committed)
          expect(await holds(stored, erasedName)).toBe(true)
          await eraseSubject(store, erasedName)
          // Gone while the store is still open (its journal included), and once it is closed.
          expect(await holds(stored, erasedName)).toBe(false)
          await store.close()
          closed = true
          expect(await holds(stored, erasedName)).toBe(false)
          expect(await holds(stored, "Ann Other")).toBe(true)
        } finally {
          if (!closed) await store.close()
        }
      }
    )

    it("after erasing any subset of subjects, verifies and reads as before but for the erased values", async () => {
      const subjects = ["Jane Roe", "John Smith", "Ann Other", "Sam Jones"]
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({ actor: fc.constantFrom(...subjects), authority: fc.option(fc.constantFrom(...subjects), { nil: undefined }) }),
            { minLength: 1, maxLength: 12 }
          ),
          fc.subarray(subjects),
          async (notes, erasedSubjects) => {
            const store = await open()
            try {
              const events = notes.map(({ actor, authority }) =>
                sampleEvent({ actor, text: `${actor} noted`, ...(authority === undefined ? {} : { authority }) })
              )
              await store.appendToStream("notes", events, { expectedRevision: "no-stream" })
              for (const subject of erasedSubjects) await eraseSubject(store, subject)
              expect(await store.verify()).toMatchObject({ ok: true })
              const gone = new Set(erasedSubjects)
              const shown = (value: string, subject: string): string => (gone.has(subject) ? erasedText(ERASED_ON) : value)
              const read = (await collect(store.readStream("notes"))).map(seen)
              expect(read).toEqual(
                events.map((event) => ({
                  actor: shown(event.actor, event.actor),
                  authority: event.authority === undefined ? undefined : shown(event.authority, event.authority),
                  data: event.data._tag === "Noted" ? { ...event.data, text: shown(event.data.text, event.actor) } : event.data
                }))
              )
              const left = await collect(store.personalData.vault.entries())
              expect(left.filter((entry) => !isErased(entry) && gone.has(entry.subject ?? ""))).toEqual([])
            } finally {
              await store.close()
            }
          }
        ),
        { numRuns: 20 }
      )
    })
  })
}
