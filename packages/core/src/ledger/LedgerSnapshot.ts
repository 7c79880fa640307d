import { Result } from "effect"
import { foldPages, evolve, initial, type LedgerAccumulator } from "../internal/LedgerFold.js"
import * as StateCodec from "../internal/StateCodec.js"
import * as Anchor from "../store/Anchor.js"
import type { EventStore } from "../store/EventStore.js"
import type { Snapshot } from "../store/SnapshotStore.js"
import type { LedgerState } from "./LedgerState.js"

/**
 * The version of the projection code that folds a snapshot's state. Raise it whenever a fold or
 * a state's shape changes (a new field, a handler that computes differently): a snapshot folded
 * by another version is never read, so the next `rebuild` replaces it.
 *
 * @category constants
 * @since 0.3.0
 */
export const PROJECTION_VERSION = 2

/**
 * Why a kept snapshot was not used, or that it was: what `open` tells a caller that asks.
 *
 * @category models
 * @since 0.3.0
 */
export type SnapshotUse =
  | { readonly _tag: "Used"; readonly globalPosition: number }
  | { readonly _tag: "None" }
  | { readonly _tag: "OtherVersion"; readonly projectionVersion: number }
  | { readonly _tag: "ChainMoved"; readonly globalPosition: number }
  | { readonly _tag: "Unreadable" }

const decoded = (snapshot: Snapshot): LedgerAccumulator | undefined => {
  try {
    return StateCodec.decode(snapshot.state) as LedgerAccumulator
  } catch {
    return undefined
  }
}

const startFrom = async (
  store: EventStore,
  snapshot: Snapshot | undefined
): Promise<{ readonly state: LedgerAccumulator; readonly use: SnapshotUse }> => {
  if (snapshot === undefined) return { state: initial(), use: { _tag: "None" } }
  if (snapshot.projectionVersion !== PROJECTION_VERSION)
    return { state: initial(), use: { _tag: "OtherVersion", projectionVersion: snapshot.projectionVersion } }
  const held = await Anchor.check(store, { position: snapshot.globalPosition, hash: snapshot.hash, anchoredAt: null })
  if (Result.isFailure(held)) return { state: initial(), use: { _tag: "ChainMoved", globalPosition: snapshot.globalPosition } }
  const state = decoded(snapshot)
  return state === undefined
    ? { state: initial(), use: { _tag: "Unreadable" } }
    : { state, use: { _tag: "Used", globalPosition: snapshot.globalPosition } }
}

/**
 * The whole ledger's state, from the store's snapshot when it keeps a valid one: the snapshot's
 * state, then only the events after its position folded onto it. A snapshot is valid when the
 * projection code that folded it is this one (`PROJECTION_VERSION`) and the store still holds, at
 * its position, an event with its hash — so a log rewritten or cut since is noticed. Otherwise, or
 * without a snapshot, every event is folded. Either way the state equals
 * `LedgerState.fromStore(store)`. Nothing is written: reading never takes a snapshot.
 *
 * @example
 * import { InMemoryEventStore, LedgerSnapshot } from "@plan-ledger/core"
 * const { state, use } = await LedgerSnapshot.open(InMemoryEventStore.make()) // use: { _tag: "None" }
 *
 * @category folds
 * @since 0.3.0
 */
export const open = async (store: EventStore): Promise<{ readonly state: LedgerState; readonly use: SnapshotUse }> => {
  const { state, use } = await startFrom(store, await store.snapshots?.read())
  const fromPosition = use._tag === "Used" ? use.globalPosition + 1 : 1
  return { state: await foldPages(state, store.readAllForReplay({ fromPosition }), undefined), use }
}

/**
 * Folds every event of the store, ignoring any snapshot, and keeps the result as the store's
 * snapshot (replacing the one it held), tagged with the position and hash of the last event
 * folded. An empty store keeps no snapshot. `undefined` when the store keeps no snapshots.
 *
 * @example
 * import { InMemoryEventStore, LedgerSnapshot } from "@plan-ledger/core"
 * const taken = await LedgerSnapshot.rebuild(InMemoryEventStore.make()) // { globalPosition: 0, eventCount: 0 }
 *
 * @category snapshots
 * @since 0.3.0
 */
export const rebuild = async (store: EventStore): Promise<{ readonly globalPosition: number; readonly eventCount: number } | undefined> => {
  const snapshots = store.snapshots
  if (snapshots === undefined) return undefined
  const state = initial()
  let last: { readonly globalPosition: number; readonly hash: string } | undefined
  for await (const event of store.readAll()) {
    evolve(state, event)
    last = event
  }
  if (last === undefined) {
    await snapshots.clear()
    return { globalPosition: 0, eventCount: 0 }
  }
  await snapshots.write({
    globalPosition: last.globalPosition,
    hash: last.hash,
    projectionVersion: PROJECTION_VERSION,
    state: StateCodec.encode(state)
  })
  return { globalPosition: last.globalPosition, eventCount: state.eventCount }
}
