import fc from "fast-check"
import { ReplayPages, type Snapshot, SnapshotSeal, type SnapshotStore } from "@plan-ledger/eventstore"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import * as LedgerSnapshot from "../ledger/LedgerSnapshot.js"
import * as LedgerState from "../ledger/LedgerState.js"
import type { EventStore } from "../store/EventStore.js"
import { appendHistory, ledgerHistory, stateFingerprint } from "./ledgerHistories.js"
import { sampleEvents } from "./sampleEvents.js"

/**
 * How the ledger's snapshot suite gets a store: `open` gives a fresh, empty store of the ledger's
 * events (opened with `LedgerEvents`) for each test; `reopen`, when given, opens the same store
 * again after `close`.
 *
 * @category testing
 * @since 0.3.0
 */
export interface LedgerStoreHarness {
  readonly open: () => Promise<EventStore>
  readonly reopen?: (store: EventStore) => Promise<EventStore>
}

/**
 * The ledger over a store: replaying it page by page folds to the state `readAll` folds to, and
 * a snapshot taken and kept in the store (its `SnapshotStore`) is used only once proven, and
 * gives the state a full replay gives. Every store runs it beside the event store's own
 * conformance suite, whose cases know no domain.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { ledgerStoreConformance } from "@plan-ledger/core/testkit"
 * ledgerStoreConformance("memory", { open: async () => InMemoryEventStore.make() })
 *
 * @category testing
 * @since 0.3.0
 */
export const ledgerStoreConformance = (name: string, harness: LedgerStoreHarness): void => {
  describe(`ledger over a store: ${name}`, () => {
    let store: EventStore
    beforeEach(async () => {
      store = await harness.open()
    })
    afterEach(async () => {
      await store.close()
    })
    const snapshotsOf = (opened: EventStore): SnapshotStore => {
      expect(opened.snapshots, "every store keeps a snapshot").toBeDefined()
      return opened.snapshots as SnapshotStore
    }
    const fullReplay = async (opened: EventStore): Promise<unknown> => stateFingerprint(await LedgerState.fromStore(opened))
    const openedState = async (opened: EventStore): Promise<unknown> => stateFingerprint((await LedgerSnapshot.open(opened)).state)

    it("replays a log longer than one page into the state readAll folds to", async () => {
      await store.appendToStream("plan-a", sampleEvents(ReplayPages.REPLAY_PAGE_SIZE + 1), { expectedRevision: "no-stream" })
      const replayed = await LedgerState.fromStore(store)
      expect(replayed.eventCount).toBe(ReplayPages.REPLAY_PAGE_SIZE + 1)
      expect(replayed).toEqual(await LedgerState.replay(store.readAll()))
    })

    it("opening from a snapshot and folding the events after it equals a full replay, for random histories", async () => {
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

    it("refuses a snapshot that fails its proof — seal, chain hash, shape, count — and folds the log instead; ignores one other projection code folded; deleting it changes nothing", async () => {
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
    })

    if (harness.reopen !== undefined) {
      const reopen = harness.reopen

      it("keeps its snapshot across close and reopen", async () => {
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
