import fc from "fast-check"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { FoldableEvent, RecordedEvent } from "../event/EventEnvelope.js"
import * as LedgerSnapshot from "../ledger/LedgerSnapshot.js"
import * as LedgerState from "../ledger/LedgerState.js"
import { ReplayPages, type Snapshot, SnapshotSeal, type SnapshotStore } from "@plan-ledger/eventstore"
import type { EventStore } from "../store/EventStore.js"
import { appendHistory, ledgerHistory, stateFingerprint } from "./ledgerHistories.js"
import { sampleEvent, sampleEvents } from "./sampleEvents.js"

/**
 * How the conformance suite gets a store. `open` gives a fresh, empty store for each test.
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

// Every page of a replay read, joined; a page is never empty.
const collectPages = async (pages: AsyncIterable<ReadonlyArray<FoldableEvent>>): Promise<Array<FoldableEvent>> => {
  const collected: Array<FoldableEvent> = []
  for await (const page of pages) {
    expect(page.length).toBeGreaterThan(0)
    collected.push(...page)
  }
  return collected
}

// What a fold reads of an event, with nothing else the store may have left on it.
const foldFacts = ({ data, actor, reason, authority, effectiveDate }: FoldableEvent) => ({ data, actor, reason, authority, effectiveDate })

/**
 * The one suite every `EventStore` must pass: call it from each store's test file, as the
 * in-memory store does.
 *
 * @example
 * import { eventStoreConformance } from "@plan-ledger/core/testkit"
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * eventStoreConformance("memory", { open: async () => InMemoryEventStore.make() })
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
      const result = await store.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })
      expect(result).toEqual({ appended: true, nextExpectedRevision: 2, lastGlobalPosition: 3 })
      const read = await collect(store.readStream("plan-a"))
      expect(read.map((event) => event.eventId)).toEqual(batch.map((event) => event.eventId))
      expect(read.map((event) => event.streamRevision)).toEqual([0, 1, 2])
      expect(read.map((event) => event.globalPosition)).toEqual([1, 2, 3])
      expect(read[1]?.data).toEqual(batch[1]?.data)
    })

    testCase("reports the head of the log: position and hash of the last event, or nothing yet", async () => {
      expect(await store.head()).toEqual({ globalPosition: 0, hash: null })
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-b", sampleEvents(3), { expectedRevision: "no-stream" })
      const last = (await collect(store.readAll())).at(-1)
      expect(await store.head()).toEqual({ globalPosition: 5, hash: last?.hash })
    })

    testCase("rejects no-stream on an existing stream, naming stream, expected and actual revision", async () => {
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      const error = await store
        .appendToStream("plan-a", sampleEvents(1), { expectedRevision: "no-stream" })
        .catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "WrongExpectedRevision", stream: "plan-a", expected: "no-stream", actual: 1 })
    })

    testCase("appends at the exact expected revision and rejects a stale one", async () => {
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      const next = await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: 1 })
      expect(next.nextExpectedRevision).toBe(2)
      const error = await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: 1 }).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "WrongExpectedRevision", stream: "plan-a", expected: 1, actual: 2 })
      const onMissing = await store.appendToStream("plan-b", sampleEvents(1), { expectedRevision: 0 }).catch((caught: unknown) => caught)
      expect(onMissing).toMatchObject({ _tag: "WrongExpectedRevision", stream: "plan-b", expected: 0, actual: "no-stream" })
    })

    testCase("appends with any expected revision to new and existing streams", async () => {
      await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: "any" })
      const result = await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "any" })
      expect(result.nextExpectedRevision).toBe(2)
    })

    testCase("writes nothing of a batch that holds an invalid event", async () => {
      const invalid = { ...sampleEvent(), data: { _tag: "PartnershipRegistered", partnershipId: "" } }
      const error = await store
        .appendToStream("plan-a", [sampleEvent(), invalid as never], { expectedRevision: "no-stream" })
        .catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "InvalidEvent", stream: "plan-a", index: 1 })
      // What the user reads: one line naming the field, what was expected and what was found.
      expect((error as Error).message).toMatch(/is not a valid event: at data\.partnershipId: Expected a non-empty string, got ""$/)
      expect(await collect(store.readAll())).toEqual([])
    })

    testCase("writes nothing of a batch whose expected revision is wrong", async () => {
      await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 5 }).catch(() => undefined)
      expect((await collect(store.readAll())).length).toBe(1)
    })

    testCase("treats re-appending identical events as a no-op", async () => {
      const batch = sampleEvents(2)
      await store.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })
      const again = await store.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })
      expect(again).toEqual({ appended: false, nextExpectedRevision: 1, lastGlobalPosition: 2 })
      expect((await collect(store.readAll())).length).toBe(2)
    })

    testCase("rejects an event id stored with different content", async () => {
      const original = sampleEvent({ name: "Ashford 1" })
      await store.appendToStream("plan-a", [original], { expectedRevision: "no-stream" })
      const altered = { ...original, data: { ...original.data, name: "Ashford 2" } } as typeof original
      const error = await store.appendToStream("plan-a", [altered], { expectedRevision: "any" }).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ _tag: "DuplicateEventId", eventId: original.eventId })
      const elsewhere = await store.appendToStream("plan-b", [original], { expectedRevision: "any" }).catch((caught: unknown) => caught)
      expect(elsewhere).toMatchObject({ _tag: "DuplicateEventId", eventId: original.eventId })
    })

    testCase("reads a stream between revisions", async () => {
      const batch = sampleEvents(5)
      await store.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })
      const middle = await collect(store.readStream("plan-a", { fromRevision: 1, toRevision: 3 }))
      expect(middle.map((event) => event.streamRevision)).toEqual([1, 2, 3])
      expect(await collect(store.readStream("plan-missing"))).toEqual([])
    })

    testCase("reads all streams in global order from a position", async () => {
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-b", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: 1 })
      const all = await collect(store.readAll())
      expect(all.map((event) => [event.stream, event.streamRevision, event.globalPosition])).toEqual([
        ["plan-a", 0, 1],
        ["plan-a", 1, 2],
        ["plan-b", 0, 3],
        ["plan-b", 1, 4],
        ["plan-a", 2, 5]
      ])
      const fromThree = await collect(store.readAll({ fromPosition: 3 }))
      expect(fromThree.map((event) => event.globalPosition)).toEqual([3, 4, 5])
    })

    testCase("reads the events recorded up to an instant", async () => {
      await store.appendToStream("plan-a", [sampleEvent({ recordedAt: "2009-03-01T10:00:00.000Z" })], { expectedRevision: "no-stream" })
      await store.appendToStream("plan-a", [sampleEvent({ recordedAt: "2009-06-01T10:00:00.000Z" })], { expectedRevision: 0 })
      const asOfApril = await collect(store.readAll({ recordedUpTo: "2009-04-01T00:00:00.000Z" }))
      expect(asOfApril.map((event) => event.recordedAt)).toEqual(["2009-03-01T10:00:00.000Z"])
    })

    testCase("reads for replay what readAll reads, in the same order and with the same selection", async () => {
      await store.appendToStream(
        "plan-a",
        [sampleEvent({ recordedAt: "2009-03-01T10:00:00.000Z" }), sampleEvent({ authority: "Cabinet, 12 March 2009" })],
        { expectedRevision: "no-stream" }
      )
      await store.appendToStream("plan-b", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-a", [sampleEvent({ recordedAt: "2009-06-01T10:00:00.000Z" })], { expectedRevision: 1 })
      for (const options of [{}, { fromPosition: 3 }, { recordedUpTo: "2009-04-01T00:00:00.000Z" }]) {
        const replayed = (await collectPages(store.readAllForReplay(options))).map(foldFacts)
        expect(replayed).toEqual((await collect(store.readAll(options))).map(foldFacts))
      }
      const [, withAuthority] = await collectPages(store.readAllForReplay())
      expect(withAuthority?.authority).toBe("Cabinet, 12 March 2009")
    })

    testCase("replays a log longer than one page into the state readAll folds to", async () => {
      await store.appendToStream("plan-a", sampleEvents(ReplayPages.REPLAY_PAGE_SIZE + 1), { expectedRevision: "no-stream" })
      let pages = 0
      for await (const _page of store.readAllForReplay()) pages += 1
      expect(pages).toBe(2)
      const replayed = await LedgerState.fromStore(store)
      expect(replayed.eventCount).toBe(ReplayPages.REPLAY_PAGE_SIZE + 1)
      expect(replayed).toEqual(await LedgerState.replay(store.readAll()))
    })

    testCase("chains every event to the hash of the one before it, and verify passes", async () => {
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-b", sampleEvents(2), { expectedRevision: "no-stream" })
      const all = await collect(store.readAll())
      expect(all[0]?.previousHash).toBeNull()
      all.slice(1).forEach((event, index) => expect(event.previousHash).toBe(all[index]?.hash))
      expect(await store.verify()).toEqual({ ok: true, eventsChecked: 4, lastHash: all[3]?.hash })
    })

    testCase("records where each append ends (lastInBatch) in every read, across a reopen too", async () => {
      await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-b", sampleEvents(1), { expectedRevision: "no-stream" })
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: 2 })
      const boundaries = [false, false, true, true, false, true]
      expect((await collect(store.readAll())).map((event) => event.lastInBatch)).toEqual(boundaries)
      expect((await collect(store.readStream("plan-a"))).map((event) => event.lastInBatch)).toEqual([false, false, true, false, true])
      if (harness.reopen !== undefined) store = await harness.reopen(store)
      expect((await collect(store.readAll())).map((event) => event.lastInBatch)).toEqual(boundaries)
      expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 6 })
    })

    testCase("stops reading when the reader stops", async () => {
      await store.appendToStream("plan-a", sampleEvents(50), { expectedRevision: "no-stream" })
      let read = 0
      for await (const _event of store.readAll()) {
        read += 1
        if (read === 3) break
      }
      expect(read).toBe(3)
      expect((await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: 49 })).appended).toBe(true)
    })

    testCase("names the streams that start with a prefix, each once, in name order", async () => {
      for (const stream of ["catalogue-b", "plan-a", "catalogue", "catalogue-a", "catalogue.", "catalogue-b"])
        await store.appendToStream(stream, sampleEvents(1), { expectedRevision: "any" })
      expect(await store.streamNames("catalogue-")).toEqual(["catalogue-a", "catalogue-b"])
      expect(await store.streamNames("plan-")).toEqual(["plan-a"])
      expect(await store.streamNames("partnership-")).toEqual([])
    })

    const snapshotsOf = (opened: EventStore): SnapshotStore => {
      expect(opened.snapshots, "every store keeps a snapshot").toBeDefined()
      return opened.snapshots as SnapshotStore
    }
    const fullReplay = async (opened: EventStore): Promise<unknown> => stateFingerprint(await LedgerState.fromStore(opened))
    const openedState = async (opened: EventStore): Promise<unknown> => stateFingerprint((await LedgerSnapshot.open(opened)).state)

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

    testCase("opening from a snapshot and folding the events after it equals a full replay, for random histories", async () => {
      await fc.assert(
        fc.asyncProperty(ledgerHistory, fc.nat(), async (steps, cutAt) => {
          const fresh = await harness.open()
          try {
            const cut = cutAt % (steps.length + 1)
            await appendHistory(fresh, steps.slice(0, cut))
            await LedgerSnapshot.rebuild(fresh)
            await appendHistory(fresh, steps.slice(cut))
            const opened = await LedgerSnapshot.open(fresh)
            expect(opened.use).toEqual(cut === 0 ? { _tag: "None" } : { _tag: "Used", globalPosition: cut })
            expect(stateFingerprint(opened.state)).toStrictEqual(await fullReplay(fresh))
          } finally {
            await fresh.close()
          }
        }),
        { numRuns: 20 }
      )
    })

    testCase(
      "refuses a snapshot that fails its proof — seal, chain hash, shape, count — and folds the log instead; ignores one other projection code folded; deleting it changes nothing",
      async () => {
        const snapshots = snapshotsOf(store)
        await appendHistory(
          store,
          fc.sample(
            ledgerHistory.filter((steps) => steps.length >= 3),
            { numRuns: 1, seed: 14 }
          )[0] ?? []
        )
        const full = await fullReplay(store)
        expect(await LedgerSnapshot.rebuild(store)).toEqual({
          globalPosition: (await store.head()).globalPosition,
          eventCount: expect.any(Number)
        })
        const kept = (await snapshots.read()) as NonNullable<Awaited<ReturnType<SnapshotStore["read"]>>>
        expect((await LedgerSnapshot.open(store)).use).toEqual({ _tag: "Used", globalPosition: kept.globalPosition })
        expect(await LedgerSnapshot.verify(store)).toEqual({ ok: true, globalPosition: kept.globalPosition })
        const state = kept.state.slice(kept.state.indexOf("\n") + 1)
        const resealed = (changes: Partial<Snapshot>, stateText = state): Snapshot => {
          const { state: _state, ...claims } = { ...kept, ...changes }
          return SnapshotSeal.sealed(claims, stateText)
        }
        const refused = (reason: string) => ({ _tag: "Refused", reason: expect.stringContaining(reason) })
        const flipped = `${kept.state.slice(0, -2)}${kept.state.at(-2) === "]" ? "}" : "]"}${kept.state.slice(-1)}`
        const ignored: ReadonlyArray<readonly [Snapshot, unknown]> = [
          [{ ...kept, hash: "0".repeat(64) }, refused("its seal does not match its content")],
          [{ ...kept, globalPosition: kept.globalPosition + 5 }, refused("its seal does not match its content")],
          [{ ...kept, state: kept.state.slice(0, -1) }, refused("its seal does not match its content")],
          [{ ...kept, state: flipped }, refused("its seal does not match its content")],
          [{ ...kept, state }, refused("it carries no seal")],
          [resealed({ hash: "0".repeat(64) }), refused("which the log does not hold there")],
          [resealed({ globalPosition: kept.globalPosition + 5 }), refused("which the log does not hold there")],
          [resealed({}, '{"plans":5}'), refused("it is not the shape this plan-ledger folds")],
          [resealed({}, "[1,"), refused("its state cannot be decoded")],
          [resealed({}, state.replace(/"eventCount":\d+/, '"eventCount":1')), refused("it counts 1 events folded up to global position")],
          [
            { ...kept, projectionVersion: LedgerSnapshot.PROJECTION_VERSION + 1 },
            { _tag: "OtherVersion", projectionVersion: LedgerSnapshot.PROJECTION_VERSION + 1 }
          ]
        ]
        for (const [snapshot, use] of ignored) {
          await snapshots.write(snapshot)
          const opened = await LedgerSnapshot.open(store)
          expect(opened.use).toEqual(use)
          expect(stateFingerprint(opened.state)).toStrictEqual(full)
          const verified = await LedgerSnapshot.verify(store)
          if (use !== null && typeof use === "object" && "_tag" in use && use._tag === "Refused")
            expect(verified).toEqual({ ok: false, reason: expect.any(String) })
          else expect(verified).toBeUndefined()
        }
        // Sealed again over an edited state, a snapshot passes its seal: verify folds the log and
        // finds the state is not what the log folds to.
        await snapshots.write(resealed({}, state.replace(/"eventCount":(\d+)/, '"eventCount":$1,"forged":true')))
        expect(await LedgerSnapshot.verify(store)).toEqual({
          ok: false,
          reason: expect.stringContaining("it was changed and sealed again")
        })
        await snapshots.clear()
        expect(await LedgerSnapshot.verify(store)).toBeUndefined()
        expect(await openedState(store)).toStrictEqual(full)
      }
    )

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
      await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
      const delivered = await subscribeUntil(
        2,
        (events) => events.length === 2 + 4,
        async () => {
          await store.appendToStream("plan-b", sampleEvents(2), { expectedRevision: "no-stream" })
          await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: 2 })
        }
      )
      expect(delivered.map((event) => event.globalPosition)).toEqual([2, 3, 4, 5, 6, 7])
      expect(delivered).toEqual((await collect(store.readAll())).slice(1))
    })

    testCase("a subscriber that resumes from its checkpoint receives exactly what it had not processed", async () => {
      await store.appendToStream("plan-a", sampleEvents(4), { expectedRevision: "no-stream" })
      const first = await subscribeUntil(1, (events) => events.length >= 4)
      const checkpoint = first.at(-1)?.globalPosition ?? 0
      await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 3 })
      const resumed = await subscribeUntil(checkpoint + 1, (events) => events.length >= 3)
      expect(resumed.map((event) => event.globalPosition)).toEqual([5, 6, 7])
    })

    testCase("a subscriber keeps up with concurrent writers, every event once and in order", async () => {
      const writers = ["plan-a", "plan-b", "plan-c"]
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
      await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: "no-stream" })
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
        await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
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
        await store.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })
        store = await reopen(store)
        const read = await collect(store.readStream("plan-a"))
        expect(read.map((event) => event.eventId)).toEqual(batch.map((event) => event.eventId))
        const next = await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: 2 })
        expect(next.lastGlobalPosition).toBe(4)
        expect((await store.verify()).ok).toBe(true)
      })

      testCase("keeps its snapshot across close and reopen", async () => {
        await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
        await LedgerSnapshot.rebuild(store)
        const kept = await snapshotsOf(store).read()
        store = await reopen(store)
        expect(await snapshotsOf(store).read()).toEqual(kept)
        expect((await LedgerSnapshot.open(store)).use).toEqual({ _tag: "Used", globalPosition: 3 })
      })
    }
  })
}
