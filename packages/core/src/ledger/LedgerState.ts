import type { CatalogueState } from "../catalogue/CatalogueState.js"
import type { FoldableEvent, RecordedEvent } from "../event/EventEnvelope.js"
import { evolve, foldPages, inForce, initial } from "../internal/LedgerFold.js"
import type { PartnershipState } from "../partnership/PartnershipState.js"
import type { PlanState } from "../plan/PlanState.js"
import type { ReadAllOptions } from "@plan-ledger/eventstore"
import type { EventStore } from "../store/EventStore.js"

/**
 * The state of every plan and partnership in a ledger: the fold every projection reads.
 *
 * @category models
 * @since 0.1.0
 */
export interface LedgerState {
  readonly plans: ReadonlyMap<string, PlanState>
  readonly partnerships: ReadonlyMap<string, PartnershipState>
  /** The reference catalogues (county plan, National Indicator Set) by id. */
  readonly catalogues: ReadonlyMap<string, CatalogueState>
  /** How many events were folded. */
  readonly eventCount: number
}

/**
 * A point on the ledger's two time axes, both optional and applied together:
 * - `recordedUpTo` (an ISO-8601 instant) keeps only what the ledger knew then: events recorded at
 *   or before it, as `readAll` selects them;
 * - `effectiveOn` (a `YYYY-MM-DD` business date) keeps only what is in force on that date: events
 *   whose `effectiveDate` is on or before it — a backdated correction recorded later counts (if
 *   `recordedUpTo` lets it in), a change recorded early but dated to take effect later does not.
 *
 * The selected events are folded in recorded (global) order, never re-sorted by effective date:
 * a later record of the same figure wins, as it does in the ledger itself.
 *
 * @category models
 * @since 0.2.0
 */
export interface ViewPoint {
  readonly recordedUpTo?: string
  readonly effectiveOn?: string
}

/**
 * Whether a view point selects an event: recorded at or before `recordedUpTo` and effective on or
 * before `effectiveOn` (each only when given). Instants compare as the stores compare them.
 *
 * @category folds
 * @since 0.2.0
 */
export const selects = (point: ViewPoint, event: { readonly recordedAt: string; readonly effectiveDate: string }): boolean =>
  (point.recordedUpTo === undefined || event.recordedAt <= point.recordedUpTo) &&
  (point.effectiveOn === undefined || event.effectiveDate <= point.effectiveOn)

type EventSource<Event> = AsyncIterable<Event> | Iterable<Event>

/**
 * Folds a sequence of events (for instance `store.readAll()`) into a ledger state, streaming, in
 * the order given. With a view point, only the events it selects (see `ViewPoint`) are folded;
 * `recordedUpTo` needs events that carry their `recordedAt`.
 *
 * @category folds
 * @since 0.1.0
 */
export function replay(events: EventSource<FoldableEvent>, options?: { readonly effectiveOn?: string }): Promise<LedgerState>
export function replay(events: EventSource<FoldableEvent & Pick<RecordedEvent, "recordedAt">>, options: ViewPoint): Promise<LedgerState>
export async function replay(
  events: EventSource<FoldableEvent & Partial<Pick<RecordedEvent, "recordedAt">>>,
  options: ViewPoint = {}
): Promise<LedgerState> {
  const state = initial()
  const { recordedUpTo, effectiveOn } = options
  for await (const event of events) {
    if (recordedUpTo !== undefined && (event.recordedAt === undefined || event.recordedAt > recordedUpTo)) continue
    if (inForce(effectiveOn, event)) evolve(state, event)
  }
  return state
}

/**
 * Folds a whole store (or the part `options` selects) into a ledger state, through the store's
 * replay read: pages of payloads and provenance instead of whole recorded events, so nothing is
 * built that the fold does not read. The store selects by `fromPosition` and `recordedUpTo`; the
 * fold then keeps what is in force on `effectiveOn` (see `ViewPoint`). Events are folded in
 * recorded order. The result equals `replay(store.readAll(options), options)`.
 *
 * @example
 * import { InMemoryEventStore, LedgerState } from "@plan-ledger/core"
 * const state = await LedgerState.fromStore(InMemoryEventStore.make(), { effectiveOn: "2009-04-01" })
 *
 * @category folds
 * @since 0.1.0
 */
export const fromStore = async (
  store: Pick<EventStore, "readAllForReplay">,
  options: ReadAllOptions & ViewPoint = {}
): Promise<LedgerState> => {
  const { effectiveOn, ...readOptions } = options
  return foldPages(initial(), store.readAllForReplay(readOptions), effectiveOn)
}
