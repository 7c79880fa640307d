import { Result } from "effect"
import type { CatalogueEvent } from "../catalogue/events.js"
import * as CatalogueDecider from "../catalogue/CatalogueDecider.js"
import type { PartnershipEvent } from "../partnership/events.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import { CURRENT_SCHEMA_VERSION } from "../event/SchemaVersion.js"
import type { Provenance } from "@plan-ledger/eventstore"
import type { NewEvent, RecordedEvent } from "../event/EventEnvelope.js"
import * as StreamName from "../event/StreamName.js"
import { upcastEvent } from "../event/Upcaster.js"
import * as PartnershipDecider from "../partnership/PartnershipDecider.js"
import { isPartnershipRuleViolation, type PartnershipRuleViolation } from "../partnership/PartnershipRuleViolation.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import * as PlanDecider from "../plan/PlanDecider.js"
import { isPlanRuleViolation, type PlanRuleViolation } from "../plan/PlanRuleViolation.js"
import * as LedgerSnapshot from "./LedgerSnapshot.js"
import * as LedgerState from "./LedgerState.js"
import * as PlanScope from "./PlanScope.js"
import type { EventStore } from "../store/EventStore.js"
import { EventId, isStoreError, type StoreError } from "@plan-ledger/eventstore"

/**
 * Everything `execute…` can refuse with. Switch on `_tag`.
 *
 * @category errors
 * @since 0.1.0
 */
export type LedgerError = PlanRuleViolation | PartnershipRuleViolation | StoreError

/**
 * The outcome of executing commands: the events recorded (none when nothing changed), or the
 * error. Errors are returned, not thrown, so their type is known.
 *
 * @category models
 * @since 0.1.0
 */
export type ExecuteOutcome =
  | {
      readonly ok: true
      readonly stream: string
      /** The events this execution recorded; empty when the commands changed nothing. */
      readonly events: ReadonlyArray<NewEvent>
      /** The stream's last revision afterwards (-1 for a stream that still has no events). */
      readonly revision: number
      /** How many times another writer got there first and the commands were re-decided (0 mostly). */
      readonly conflictRetries: number
    }
  | { readonly ok: false; readonly error: LedgerError }

/**
 * What a ledger needs: a store, and (for tests and replays) a clock and an event-id source.
 *
 * @category models
 * @since 0.1.0
 */
export interface LedgerOptions {
  readonly store: EventStore
  readonly clock?: () => Date
  /** Makes each event's id (default `EventId.timeOrdered`: UUIDs that sort in the order they were made). */
  readonly newEventId?: () => string
  /** How many times to re-read, re-decide and retry when another writer got there first (default 3). */
  readonly conflictRetries?: number
  /**
   * Told why, when a view of the whole ledger finds the store's snapshot and refuses it (it fails
   * its seal, its chain hash or its shape, or cannot be read): the view is folded from the log
   * instead, and is right either way; a command line says so on standard error.
   */
  readonly onSnapshotRefused?: (reason: string) => void
}

/**
 * The plain-`async` way in: decide and append commands, and fold the store into state for the
 * projections. The Effect API (`PlanLedger`) runs this same implementation.
 *
 * @category models
 * @since 0.1.0
 */
export interface Ledger {
  /** Executes commands against one plan as one atomic append. */
  executePlan(planId: string, commands: ReadonlyArray<PlanCommand>, provenance: Provenance): Promise<ExecuteOutcome>
  /**
   * Every rule the commands would break against the plan as it stands, each with its command's
   * place — nothing is written. Use it to list all of an import's problems after `executePlan`
   * refused the first.
   */
  planViolations(
    planId: string,
    commands: ReadonlyArray<PlanCommand>,
    provenance: Provenance
  ): Promise<ReadonlyArray<PlanDecider.CommandViolation>>
  /** Executes commands against one partnership as one atomic append. */
  executePartnership(
    partnershipId: string,
    commands: ReadonlyArray<PartnershipDecider.PartnershipCommand>,
    provenance: Provenance
  ): Promise<ExecuteOutcome>
  /** Executes commands against one reference catalogue as one atomic append. */
  executeCatalogue(
    catalogueId: string,
    commands: ReadonlyArray<CatalogueDecider.CatalogueCommand>,
    provenance: Provenance
  ): Promise<ExecuteOutcome>
  /**
   * Folds the store into ledger state, optionally as of a point on both time axes: only what was
   * recorded up to an instant, and only what is in force on a business date (`LedgerState.ViewPoint`).
   * With no point, from the store's snapshot when it keeps a valid one (`LedgerSnapshot.open`).
   */
  state(options?: LedgerState.ViewPoint): Promise<LedgerState.LedgerState>
  /**
   * The state one plan's views read, optionally as of a point on both time axes: folded from the
   * plan's stream and the streams it refers to (its prior plan, its partnership, the reference
   * catalogues), not from the whole ledger (`PlanScope.fromStore`). Every projection of that plan
   * gives what it gives over `state(options)`. For a plan the ledger does not hold at the point,
   * the whole state, so the projection's `PlanNotFound` can list the plans it does hold. The scope
   * (`PlanScope.Scope`) can leave the prior plan's stream out for a view that does not read it,
   * and hand down the plan's stream when the caller has read it already, so it is read once.
   */
  planState(planId: string, options?: LedgerState.ViewPoint, scope?: PlanScope.Scope): Promise<LedgerState.LedgerState>
  /**
   * Like `planState`, with the plans related to this one folded in as well
   * (`PlanScope.withRelatedPlans`): what a cross-plan check of one plan reads.
   */
  relatedPlansState(planId: string, options?: LedgerState.ViewPoint): Promise<LedgerState.LedgerState>
}

/**
 * Whether a value is one of the errors `execute…` returns — derived from the error lists of the
 * rules and the store, so a new rule violation is never mistaken for an unexpected exception.
 *
 * @category guards
 * @since 0.2.0
 */
export const isLedgerError = (value: unknown): value is LedgerError =>
  isPlanRuleViolation(value) || isPartnershipRuleViolation(value) || isStoreError(value)

const collect = async <A>(items: AsyncIterable<A>): Promise<Array<A>> => {
  const collected: Array<A> = []
  for await (const item of items) collected.push(item)
  return collected
}

/**
 * Makes a ledger over a store.
 *
 * @example
 * import { InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const ledger = Ledger.make({ store: InMemoryEventStore.make() })
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: LedgerOptions): Ledger => {
  const { store } = options
  const clock = options.clock ?? (() => new Date())
  const newEventId = options.newEventId ?? EventId.timeOrdered
  const conflictRetries = options.conflictRetries ?? 3

  const envelope = (data: PlanEvent | PartnershipEvent | CatalogueEvent, provenance: Provenance, recordedAt: string): NewEvent => ({
    eventId: newEventId(),
    type: data._tag,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    recordedAt,
    ...provenance,
    data
  })

  const execute = async <Data extends PlanEvent | PartnershipEvent | CatalogueEvent>(
    stream: string,
    provenance: Provenance,
    decide: (history: ReadonlyArray<RecordedEvent & { readonly data: Data }>) => Result.Result<ReadonlyArray<Data>, LedgerError>
  ): Promise<ExecuteOutcome> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const history = (await collect(store.readStream(stream))).map(upcastEvent) as Array<RecordedEvent & { readonly data: Data }>
        const decision = decide(history)
        if (Result.isFailure(decision)) return { ok: false, error: decision.failure }
        const revision = history.length - 1
        if (decision.success.length === 0) return { ok: true, stream, events: [], revision, conflictRetries: attempt }
        const recordedAt = clock().toISOString()
        const events = decision.success.map((data) => envelope(data, provenance, recordedAt))
        const result = await store.appendToStream(stream, events, { expectedRevision: revision < 0 ? "no-stream" : revision })
        return { ok: true, stream, events, revision: result.nextExpectedRevision, conflictRetries: attempt }
      } catch (caught) {
        if (!isStoreError(caught)) throw caught
        if (caught._tag !== "WrongExpectedRevision" || attempt >= conflictRetries) return { ok: false, error: caught }
      }
    }
  }

  const stateFromSnapshot = async (): Promise<LedgerState.LedgerState> => {
    const { state, use } = await LedgerSnapshot.open(store)
    if (use._tag === "Refused") options.onSnapshotRefused?.(use.reason)
    return state
  }

  const state = async (point: LedgerState.ViewPoint = {}): Promise<LedgerState.LedgerState> =>
    point.recordedUpTo === undefined && point.effectiveOn === undefined ? await stateFromSnapshot() : LedgerState.fromStore(store, point)

  return {
    executePlan: (planId, commands, provenance) =>
      execute<PlanEvent>(StreamName.forPlan(planId), provenance, (history) => PlanDecider.decideAll(commands, history, provenance)),
    planViolations: async (planId, commands, provenance) =>
      PlanDecider.decideEach(
        commands,
        (await collect(store.readStream(StreamName.forPlan(planId)))).map(upcastEvent) as Array<
          RecordedEvent & { readonly data: PlanEvent }
        >,
        provenance
      ),
    executePartnership: (partnershipId, commands, provenance) =>
      execute<PartnershipEvent>(StreamName.forPartnership(partnershipId), provenance, (history) =>
        PartnershipDecider.decideAll(commands, history)
      ),
    executeCatalogue: (catalogueId, commands, provenance) =>
      execute<CatalogueEvent>(StreamName.forCatalogue(catalogueId), provenance, (history) => CatalogueDecider.decideAll(commands, history)),
    state,
    planState: async (planId, point = {}, scope = PlanScope.WITH_PRIOR_PLAN) =>
      (await PlanScope.fromStore(store, planId, point, scope)) ?? state(point),
    relatedPlansState: async (planId, point = {}) => (await PlanScope.withRelatedPlans(store, planId, point)) ?? state(point)
  }
}
