import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { FoldableEvent } from "../EventEnvelope.js"
import { sealBatch } from "../EventChain.js"
import type { EventStore as GenericEventStore } from "../EventStore.js"
import { REPLAY_PAGE_SIZE } from "../ReplayPages.js"
import { canImportSealed, type SealedImportTarget } from "../SealedImport.js"
import type { SnapshotStore } from "../SnapshotStore.js"
import { invalidEvent, type NewNote, type RecordedNote, sampleEvent, sampleEvents } from "./SampleEvents.js"

// The stores under test hold the sample events.
type EventStore = GenericEventStore<NewNote, RecordedNote>
type RecordedEvent = RecordedNote

/**
 * How the conformance suite gets a store. `open` gives a fresh, empty store for each test, opened
 * with the sample events' schema (`SampleEvents.schema` of `@plan-ledger/eventstore/testkit`).
 * `reopen`, when given, opens the same store again after `close` (persistence is then tested).
 * `tamper` changes one character of the stored event at a global position *in the store's own
 * medium* (the file, the table), bypassing the API; `verify` must then report it.
 *
 * @category testing
 * @since 0.1.0
 */
export interface ConformanceHarness {
  readonly open: () => Promise<EventStore>
  readonly reopen?: (store: EventStore) => Promise<EventStore>
  readonly tamper?: (store: EventStore, globalPosition: number) => Promise<void>
  /** Cases this store cannot run, each with the reason; listed in the test output as skipped. */
  readonly skip?: Readonly<Record<string, string>>
}

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<Array<RecordedEvent>> => {
  const collected: Array<RecordedEvent> = []
  for await (const event of events) collected.push(event)
  return collected
}

const fromArray = async function* <Event>(events: ReadonlyArray<Event>): AsyncIterable<Event> {
  yield* events
}

// Every page of a replay read, joined; a page is never empty.
const collectPages = async (
  pages: AsyncIterable<ReadonlyArray<FoldableEvent<RecordedEvent>>>
): Promise<Array<FoldableEvent<RecordedEvent>>> => {
  const collected: Array<FoldableEvent<RecordedEvent>> = []
  for await (const page of pages) {
    expect(page.length).toBeGreaterThan(0)
    collected.push(...page)
  }
  return collected
}

// What a fold reads of an event, with nothing else the store may have left on it.
const foldFacts = ({ data, actor, reason, authority, effectiveDate }: FoldableEvent<RecordedEvent>) => ({
  data,
  actor,
  reason,
  authority,
  effectiveDate
})

/**
 * The one suite every `EventStore` must pass, through the generic port and whatever domain it
 * stores: call it from each store's test file, as the in-memory store does.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/eventstore"
 * import { eventStoreConformance, SampleEvents } from "@plan-ledger/eventstore/testkit"
 * eventStoreConformance("memory", { open: async () => InMemoryEventStore.make(SampleEvents.schema) })
 *
 * @category testing
 * @since 0.1.0
 */
export const eventStoreConformance = (name: string, harness: ConformanceHarness): void => {
  describe(`EventStore conformance: ${name}`, () => {
    let store: EventStore
    beforeEach(async () => {
      store = await harness.open()
    })
    afterEach(async () => {
      await store.close()
    })
    const testCase = (title: string, body: () => Promise<void>): void => {
      const reason = harness.skip?.[title]
      if (reason === undefined) it(title, body)
      else it.skip(`${title} (skipped: ${reason})`, body)
    }

    testCase("appends a batch to a new stream and reads it back in order", async () => {
      const batch = sampleEvents(3)
      const result = await store.appendToStream("notes-a", batch, { expectedRevision: "no-stream" })
      expect(result).toEqual({ appended: true, nextExpectedRevision: 2, lastGlobalPosition: 3 })
      const read = await collect(store.readStream("notes-a"))
      expect(read.map((event) => event.eventId)).toEqual(batch.map((event) => event.eventId))
      expect(read.map((event) => event.streamRevision)).toEqual([0, 1, 2])
      expect(read.map((event) => event.globalPosition)).toEqual([1, 2, 3])
      expect(read[1]?.data).toEqual(batch[1]?.data)
    })

    testCase("reports the head of the log: position and hash of the last event, or nothing yet", async () => {
      expect(await store.head()).toEqual({ globalPosition: 0, hash: null })
      await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-b", sampleEvents(3), { expectedRevision: "no-stream" })
      const last = (await collect(store.readAll())).at(-1)
      expect(await store.head()).toEqual({ globalPosition: 5, hash: last?.hash })
    })

    testCase("rejects no-stream on an existing stream, naming stream, expected and actual revision", async () => {
      await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: "no-stream" })
      const error = await store
        .appendToStream("notes-a", sampleEvents(1), { expectedRevision: "no-stream" })
        .catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "WrongExpectedRevision", stream: "notes-a", expected: "no-stream", actual: 1 })
    })

    testCase("appends at the exact expected revision and rejects a stale one", async () => {
      await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: "no-stream" })
      const next = await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: 1 })
      expect(next.nextExpectedRevision).toBe(2)
      const error = await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: 1 }).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "WrongExpectedRevision", stream: "notes-a", expected: 1, actual: 2 })
      const onMissing = await store.appendToStream("notes-b", sampleEvents(1), { expectedRevision: 0 }).catch((caught: unknown) => caught)
      expect(onMissing).toMatchObject({ _tag: "WrongExpectedRevision", stream: "notes-b", expected: 0, actual: "no-stream" })
    })

    testCase("appends with any expected revision to new and existing streams", async () => {
      await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: "any" })
      const result = await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: "any" })
      expect(result.nextExpectedRevision).toBe(2)
    })

    testCase("writes nothing of a batch that holds an invalid event", async () => {
      const invalid = invalidEvent()
      const error = await store
        .appendToStream("notes-a", [sampleEvent(), invalid as never], { expectedRevision: "no-stream" })
        .catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "InvalidEvent", stream: "notes-a", index: 1 })
      // What the user reads: one line naming the field, what was expected and what was found.
      expect((error as Error).message).toMatch(/is not a valid event: at data\.noteId: Expected a non-empty string, got ""$/)
      expect(await collect(store.readAll())).toEqual([])
    })

    testCase("writes nothing of a batch whose expected revision is wrong", async () => {
      await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-a", sampleEvents(3), { expectedRevision: 5 }).catch(() => undefined)
      expect((await collect(store.readAll())).length).toBe(1)
    })

    testCase("treats re-appending identical events as a no-op", async () => {
      const batch = sampleEvents(2)
      await store.appendToStream("notes-a", batch, { expectedRevision: "no-stream" })
      const again = await store.appendToStream("notes-a", batch, { expectedRevision: "no-stream" })
      expect(again).toEqual({ appended: false, nextExpectedRevision: 1, lastGlobalPosition: 2 })
      expect((await collect(store.readAll())).length).toBe(2)
    })

    testCase("rejects an event id stored with different content", async () => {
      const original = sampleEvent({ text: "First note" })
      await store.appendToStream("notes-a", [original], { expectedRevision: "no-stream" })
      const altered = { ...original, data: { ...original.data, text: "Second note" } }
      const error = await store.appendToStream("notes-a", [altered], { expectedRevision: "any" }).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "DuplicateEventId", eventId: original.eventId })
      const elsewhere = await store.appendToStream("notes-b", [original], { expectedRevision: "any" }).catch((caught: unknown) => caught)
      expect(elsewhere).toMatchObject({ _tag: "DuplicateEventId", eventId: original.eventId })
    })

    // Two sample events, the second under the first's id.
    const oneIdTwice = (): { readonly eventId: string; readonly batch: Array<NewNote> } => {
      const [first, second] = sampleEvents(2) as [NewNote, NewNote]
      return { eventId: first.eventId, batch: [first, { ...second, eventId: first.eventId }] }
    }
    testCase("rejects a batch that names one event id twice, writing nothing", async () => {
      const { eventId, batch } = oneIdTwice()
      const error = await store.appendToStream("notes-a", batch, { expectedRevision: "no-stream" }).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "DuplicateEventId", eventId, stream: "notes-a", detail: "appears twice in one batch" })
      expect(await collect(store.readAll())).toEqual([])
    })

    testCase("refuses a sealed import that names one event id twice, importing nothing", async () => {
      expect(canImportSealed(store), "every store imports sealed events").toBe(true)
      const { eventId, batch } = oneIdTwice()
      const sealed = sealBatch("notes-a", batch, { streamRevision: undefined, globalPosition: 0, hash: null })
      const error = await (store as SealedImportTarget<NewNote, RecordedEvent>)
        .importSealed(fromArray(sealed))
        .catch((caught: unknown) => caught)
      expect(error).toMatchObject({
        _tag: "DuplicateEventId",
        eventId,
        stream: "notes-a",
        detail: "appears twice in the import, at positions 1 and 2"
      })
      expect(await collect(store.readAll())).toEqual([])
    })

    testCase("refuses every read and write once closed", async () => {
      await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: "no-stream" })
      await store.close()
      const calls = {
        appendToStream: () => store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: 0 }),
        importSealed: () => (store as SealedImportTarget<NewNote, RecordedEvent>).importSealed(fromArray([])),
        readStream: () => collect(store.readStream("notes-a")),
        readAll: () => collect(store.readAll()),
        readAllForReplay: () => collectPages(store.readAllForReplay()),
        streamNames: () => store.streamNames("notes-"),
        head: () => store.head(),
        verify: () => store.verify()
      }
      for (const [operation, call] of Object.entries(calls)) {
        const error = await call().catch((caught: unknown) => caught)
        expect({ operation, error }).toMatchObject({
          operation,
          error: { _tag: "StoreUnavailable", detail: expect.stringMatching(/^the store was closed; open (it again|a new one)$/) }
        })
      }
    })

    testCase("reads a stream between revisions", async () => {
      const batch = sampleEvents(5)
      await store.appendToStream("notes-a", batch, { expectedRevision: "no-stream" })
      const middle = await collect(store.readStream("notes-a", { fromRevision: 1, toRevision: 3 }))
      expect(middle.map((event) => event.streamRevision)).toEqual([1, 2, 3])
      expect(await collect(store.readStream("notes-missing"))).toEqual([])
    })

    testCase("reads all streams in global order from a position", async () => {
      await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-b", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: 1 })
      const all = await collect(store.readAll())
      expect(all.map((event) => [event.stream, event.streamRevision, event.globalPosition])).toEqual([
        ["notes-a", 0, 1],
        ["notes-a", 1, 2],
        ["notes-b", 0, 3],
        ["notes-b", 1, 4],
        ["notes-a", 2, 5]
      ])
      const fromThree = await collect(store.readAll({ fromPosition: 3 }))
      expect(fromThree.map((event) => event.globalPosition)).toEqual([3, 4, 5])
    })

    testCase("reads the events recorded up to an instant", async () => {
      await store.appendToStream("notes-a", [sampleEvent({ recordedAt: "2009-03-01T10:00:00.000Z" })], { expectedRevision: "no-stream" })
      await store.appendToStream("notes-a", [sampleEvent({ recordedAt: "2009-06-01T10:00:00.000Z" })], { expectedRevision: 0 })
      const asOfApril = await collect(store.readAll({ recordedUpTo: "2009-04-01T00:00:00.000Z" }))
      expect(asOfApril.map((event) => event.recordedAt)).toEqual(["2009-03-01T10:00:00.000Z"])
    })

    testCase("reads for replay what readAll reads, in the same order and with the same selection", async () => {
      await store.appendToStream(
        "notes-a",
        [sampleEvent({ recordedAt: "2009-03-01T10:00:00.000Z" }), sampleEvent({ authority: "Cabinet, 12 March 2009" })],
        { expectedRevision: "no-stream" }
      )
      await store.appendToStream("notes-b", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-a", [sampleEvent({ recordedAt: "2009-06-01T10:00:00.000Z" })], { expectedRevision: 1 })
      for (const options of [{}, { fromPosition: 3 }, { recordedUpTo: "2009-04-01T00:00:00.000Z" }]) {
        const replayed = (await collectPages(store.readAllForReplay(options))).map(foldFacts)
        expect(replayed).toEqual((await collect(store.readAll(options))).map(foldFacts))
      }
      const [, withAuthority] = await collectPages(store.readAllForReplay())
      expect(withAuthority?.authority).toBe("Cabinet, 12 March 2009")
    })

    testCase("replays a log longer than one page, in pages, as the events readAll returns", async () => {
      await store.appendToStream("notes-a", sampleEvents(REPLAY_PAGE_SIZE + 1), { expectedRevision: "no-stream" })
      let pages = 0
      for await (const _page of store.readAllForReplay()) pages += 1
      expect(pages).toBe(2)
      const replayed = (await collectPages(store.readAllForReplay())).map(foldFacts)
      expect(replayed).toHaveLength(REPLAY_PAGE_SIZE + 1)
      expect(replayed).toEqual((await collect(store.readAll())).map(foldFacts))
    })

    testCase("chains every event to the hash of the one before it, and verify passes", async () => {
      await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-b", sampleEvents(2), { expectedRevision: "no-stream" })
      const all = await collect(store.readAll())
      expect(all[0]?.previousHash).toBeNull()
      all.slice(1).forEach((event, index) => expect(event.previousHash).toBe(all[index]?.hash))
      expect(await store.verify()).toEqual({ ok: true, eventsChecked: 4, lastHash: all[3]?.hash })
    })

    testCase("records where each append ends (lastInBatch) in every read, across a reopen too", async () => {
      await store.appendToStream("notes-a", sampleEvents(3), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-b", sampleEvents(1), { expectedRevision: "no-stream" })
      await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: 2 })
      const boundaries = [false, false, true, true, false, true]
      expect((await collect(store.readAll())).map((event) => event.lastInBatch)).toEqual(boundaries)
      expect((await collect(store.readStream("notes-a"))).map((event) => event.lastInBatch)).toEqual([false, false, true, false, true])
      if (harness.reopen !== undefined) store = await harness.reopen(store)
      expect((await collect(store.readAll())).map((event) => event.lastInBatch)).toEqual(boundaries)
      expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 6 })
    })

    testCase("stops reading when the reader stops", async () => {
      await store.appendToStream("notes-a", sampleEvents(50), { expectedRevision: "no-stream" })
      let read = 0
      for await (const _event of store.readAll()) {
        read += 1
        if (read === 3) break
      }
      expect(read).toBe(3)
      expect((await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: 49 })).appended).toBe(true)
    })

    testCase("names the streams that start with a prefix, each once, in name order", async () => {
      for (const stream of ["topic-b", "notes-a", "topic", "topic-a", "topic.", "topic-b"])
        await store.appendToStream(stream, sampleEvents(1), { expectedRevision: "any" })
      expect(await store.streamNames("topic-")).toEqual(["topic-a", "topic-b"])
      expect(await store.streamNames("notes-")).toEqual(["notes-a"])
      expect(await store.streamNames("other-")).toEqual([])
    })

    const snapshotsOf = (opened: EventStore): SnapshotStore => {
      expect(opened.snapshots, "every store keeps a snapshot").toBeDefined()
      return opened.snapshots as SnapshotStore
    }
    testCase("keeps one snapshot: a write replaces it whole, clear deletes it", async () => {
      const snapshots = snapshotsOf(store)
      expect(await snapshots.read()).toBeUndefined()
      const first = { globalPosition: 1, hash: "a".repeat(64), projectionVersion: 1, state: '{"first":"\u00e9"}' }
      const second = { globalPosition: 2, hash: "b".repeat(64), projectionVersion: 2, state: '{"second":[1,2]}' }
      await snapshots.write(first)
      expect(await snapshots.read()).toEqual(first)
      await snapshots.write(second)
      expect(await snapshots.read()).toEqual(second)
      await snapshots.clear()
      expect(await snapshots.read()).toBeUndefined()
    })

    // Subscribes from `fromPosition`, collects what is delivered until `until` holds, then stops.
    const subscribeUntil = async (
      fromPosition: number,
      until: (delivered: ReadonlyArray<RecordedEvent>) => boolean,
      whileSubscribed: () => Promise<void> = async () => undefined
    ): Promise<Array<RecordedEvent>> => {
      const delivered: Array<RecordedEvent> = []
      const controller = new AbortController()
      const subscription = store.subscribe({
        fromPosition,
        signal: controller.signal,
        onEvents: (events) => {
          delivered.push(...events)
          if (until(delivered)) controller.abort()
        }
      })
      await whileSubscribed()
      await subscription
      return delivered
    }

    testCase("a subscriber catches up from a position, then follows appends in global order with no gaps", async () => {
      await store.appendToStream("notes-a", sampleEvents(3), { expectedRevision: "no-stream" })
      const delivered = await subscribeUntil(
        2,
        (events) => events.length === 2 + 4,
        async () => {
          await store.appendToStream("notes-b", sampleEvents(2), { expectedRevision: "no-stream" })
          await store.appendToStream("notes-a", sampleEvents(2), { expectedRevision: 2 })
        }
      )
      expect(delivered.map((event) => event.globalPosition)).toEqual([2, 3, 4, 5, 6, 7])
      expect(delivered).toEqual((await collect(store.readAll())).slice(1))
    })

    testCase("a subscriber that resumes from its checkpoint receives exactly what it had not processed", async () => {
      await store.appendToStream("notes-a", sampleEvents(4), { expectedRevision: "no-stream" })
      const first = await subscribeUntil(1, (events) => events.length >= 4)
      const checkpoint = first.at(-1)?.globalPosition ?? 0
      await store.appendToStream("notes-a", sampleEvents(3), { expectedRevision: 3 })
      const resumed = await subscribeUntil(checkpoint + 1, (events) => events.length >= 3)
      expect(resumed.map((event) => event.globalPosition)).toEqual([5, 6, 7])
    })

    testCase("a subscriber keeps up with concurrent writers, every event once and in order", async () => {
      const writers = ["notes-a", "notes-b", "notes-c"]
      const perWriter = 15
      const delivered = await subscribeUntil(
        1,
        (events) => events.length >= writers.length * perWriter,
        async () => {
          await Promise.all(
            writers.map(async (stream) => {
              for (let revision = 0; revision < perWriter; revision++) {
                await store.appendToStream(stream, sampleEvents(1), { expectedRevision: revision === 0 ? "no-stream" : revision - 1 })
              }
            })
          )
        }
      )
      expect(delivered.map((event) => event.globalPosition)).toEqual(
        Array.from({ length: writers.length * perWriter }, (_, index) => index + 1)
      )
      for (const stream of writers) {
        const revisions = delivered.filter((event) => event.stream === stream).map((event) => event.streamRevision)
        expect(revisions).toEqual(Array.from({ length: perWriter }, (_, index) => index))
      }
    })

    testCase("a subscription ends when its signal aborts, and a failing handler ends it with the handler's error", async () => {
      const idle = new AbortController()
      const waiting = store.subscribe({ signal: idle.signal, onEvents: () => undefined })
      idle.abort()
      await expect(waiting).resolves.toBeUndefined()
      await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: "no-stream" })
      const failure = new Error("the read model is full")
      const failing = store.subscribe({
        signal: new AbortController().signal,
        onEvents: () => {
          throw failure
        }
      })
      await expect(failing).rejects.toBe(failure)
    })

    if (harness.tamper !== undefined) {
      const tamper = harness.tamper
      testCase("detects one changed character in a stored event", async () => {
        await store.appendToStream("notes-a", sampleEvents(3), { expectedRevision: "no-stream" })
        const [, second] = await collect(store.readAll())
        await tamper(store, 2)
        const report = await store.verify()
        expect(report).toMatchObject({ ok: false, eventsChecked: 1, damage: { globalPosition: 2 } })
        if (!report.ok) expect(["hash-mismatch", "undecodable", "broken-link"]).toContain(report.damage.kind)
        if (!report.ok && report.damage.kind !== "undecodable") expect(report.damage.eventId).toBe(second?.eventId)
      })
    }

    if (harness.reopen !== undefined) {
      const reopen = harness.reopen
      testCase("keeps every event across close and reopen", async () => {
        const batch = sampleEvents(3)
        await store.appendToStream("notes-a", batch, { expectedRevision: "no-stream" })
        store = await reopen(store)
        const read = await collect(store.readStream("notes-a"))
        expect(read.map((event) => event.eventId)).toEqual(batch.map((event) => event.eventId))
        const next = await store.appendToStream("notes-a", sampleEvents(1), { expectedRevision: 2 })
        expect(next.lastGlobalPosition).toBe(4)
        expect((await store.verify()).ok).toBe(true)
      })

      testCase("keeps its snapshot across close and reopen", async () => {
        await store.appendToStream("notes-a", sampleEvents(3), { expectedRevision: "no-stream" })
        const head = await store.head()
        const kept = { globalPosition: head.globalPosition, hash: head.hash ?? "", projectionVersion: 1, state: '{"notes":3}' }
        await snapshotsOf(store).write(kept)
        store = await reopen(store)
        expect(await snapshotsOf(store).read()).toEqual(kept)
      })
    }
  })
}
