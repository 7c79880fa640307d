import { Result } from "effect"
import { foldPages, evolve, initial, type LedgerAccumulator } from "../internal/LedgerFold.js"
import * as StateCodec from "../internal/StateCodec.js"
import { Anchor, type Snapshot, SnapshotSeal } from "@plan-ledger/eventstore"
import type { EventStore } from "../store/EventStore.js"
import type { LedgerState } from "./LedgerState.js"
import { shapeProblem } from "./SnapshotShape.js"

/**
 * The version of the projection code that folds a snapshot's state. Raise it whenever a fold or
 * a state's shape changes (a new field, a handler that computes differently): a snapshot folded
 * by another version is never read, so the next `rebuild` replaces it. Version 3 keys variation
 * items by section and id (schema version 4).
 *
 * @category constants
 * @since 0.3.0
 */
export const PROJECTION_VERSION = 3

/**
 * Why a kept snapshot was not used, or that it was: what `open` tells a caller that asks. A
 * snapshot of another projection version is simply outgrown; one that fails its proof — its seal,
 * the chain hash it claims at its position, its shape — or that cannot be read at all is
 * `Refused`, with the reason in words.
 *
 * @category models
 * @since 0.3.0
 */
export type SnapshotUse =
  | { readonly _tag: "Used"; readonly globalPosition: number }
  | { readonly _tag: "None" }
  | { readonly _tag: "OtherVersion"; readonly projectionVersion: number }
  | { readonly _tag: "Refused"; readonly reason: string }

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

const refused = (reason: string): { readonly state: LedgerAccumulator; readonly use: SnapshotUse } => ({
  state: initial(),
  use: { _tag: "Refused", reason }
})

/**
 * The kept snapshot proven, or why it is refused: the record read (a store whose snapshot table
 * or file cannot be read says why), its seal over its bytes, position, chain hash and version,
 * the chain hash it claims at its position held by the store, its state decoded, of the shape the
 * fold builds, and counting as many events as its position.
 */
const proven = async (store: EventStore): Promise<{ readonly state: LedgerAccumulator; readonly use: SnapshotUse }> => {
  let snapshot: Snapshot | undefined
  try {
    snapshot = await store.snapshots?.read()
  } catch (cause) {
    return refused(`it cannot be read (${describe(cause)})`)
  }
  if (snapshot === undefined) return { state: initial(), use: { _tag: "None" } }
  if (typeof snapshot.projectionVersion === "number" && snapshot.projectionVersion !== PROJECTION_VERSION)
    return { state: initial(), use: { _tag: "OtherVersion", projectionVersion: snapshot.projectionVersion } }
  const opened = SnapshotSeal.unsealed(snapshot)
  if (!opened.ok) return refused(opened.reason)
  const held = await Anchor.check(store, { position: snapshot.globalPosition, hash: snapshot.hash, anchoredAt: null })
  if (Result.isFailure(held))
    return refused(
      `it claims the event at global position ${snapshot.globalPosition} with hash ${snapshot.hash.slice(0, 12)}…, which the log does not hold there: the log was rewritten or cut since`
    )
  let state: unknown
  try {
    state = StateCodec.decode(opened.state)
  } catch (cause) {
    return refused(`its state cannot be decoded (${describe(cause)})`)
  }
  const problem = shapeProblem(state)
  if (problem !== undefined) return refused(`it is not the shape this plan-ledger folds: ${problem}`)
  const accumulator = state as LedgerAccumulator
  if (accumulator.eventCount !== snapshot.globalPosition)
    return refused(`it counts ${accumulator.eventCount} events folded up to global position ${snapshot.globalPosition}`)
  return { state: accumulator, use: { _tag: "Used", globalPosition: snapshot.globalPosition } }
}

/**
 * Checks the store's snapshot as `verify` does: its proof as when a view reads it, then its state
 * against the log itself — every event up to its position folded afresh and encoded must give
 * exactly the state it keeps, so a snapshot whose seal was recomputed over an edited state is
 * caught too. `undefined` when the store keeps no snapshot, or one of another projection version
 * (which no view reads); otherwise whether it holds, and if not, why.
 *
 * @category snapshots
 * @since 0.4.0
 */
export const verify = async (
  store: EventStore
): Promise<{ readonly ok: true; readonly globalPosition: number } | { readonly ok: false; readonly reason: string } | undefined> => {
  const { state, use } = await proven(store)
  if (use._tag === "None" || use._tag === "OtherVersion") return undefined
  if (use._tag === "Refused") return { ok: false, reason: use.reason }
  // Positions run from 1 without gaps (the chain check proves it), so the events up to the
  // snapshot's position are the first that many.
  const folded = initial()
  for await (const page of store.readAllForReplay({ fromPosition: 1 })) {
    for (const event of page) if (folded.eventCount < use.globalPosition) evolve(folded, event)
  }
  return StateCodec.encode(folded) === StateCodec.encode(state)
    ? { ok: true, globalPosition: use.globalPosition }
    : {
        ok: false,
        reason: `its state is not what the log folds to up to global position ${use.globalPosition}: it was changed and sealed again`
      }
}

/**
 * The whole ledger's state, from the store's snapshot when it keeps a valid one: the snapshot's
 * state, then only the events after its position folded onto it. A snapshot is used only once
 * it is proven: folded by this projection code (`PROJECTION_VERSION`), its seal intact (a SHA-256
 * of its bytes bound to the position and chain hash it claims), the store still holding, at its
 * position, an event with its hash (so a log rewritten or cut since is noticed), and its state of
 * the shape the fold builds. Otherwise, or without a snapshot, every event is folded, and `use`
 * says why. Either way the state equals
 * `LedgerState.fromStore(store)`. Nothing is written: reading never takes a snapshot.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { LedgerSnapshot } from "@plan-ledger/core/store"
 * const { state, use } = await LedgerSnapshot.open(InMemoryEventStore.make()) // use: { _tag: "None" }
 *
 * @category folds
 * @since 0.3.0
 */
export const open = async (store: EventStore): Promise<{ readonly state: LedgerState; readonly use: SnapshotUse }> => {
  const { state, use } = await proven(store)
  const fromPosition = use._tag === "Used" ? use.globalPosition + 1 : 1
  return { state: await foldPages(state, store.readAllForReplay({ fromPosition }), undefined), use }
}

/**
 * Folds every event of the store, ignoring any snapshot, and keeps the result as the store's
 * snapshot (replacing the one it held), tagged with the position and hash of the last event
 * folded. An empty store keeps no snapshot. `undefined` when the store keeps no snapshots.
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { LedgerSnapshot } from "@plan-ledger/core/store"
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
  await snapshots.write(
    SnapshotSeal.sealed(
      { globalPosition: last.globalPosition, hash: last.hash, projectionVersion: PROJECTION_VERSION },
      StateCodec.encode(state)
    )
  )
  return { globalPosition: last.globalPosition, eventCount: state.eventCount }
}
