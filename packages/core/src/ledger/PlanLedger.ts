import type { CatalogueCommand } from "../catalogue/CatalogueDecider.js"
import { Clock, Effect } from "effect"
import type { Provenance } from "@plan-ledger/eventstore"
import type { PartnershipCommand } from "../partnership/PartnershipDecider.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import type { LedgerState, ViewPoint } from "./LedgerState.js"
import { EventStoreService } from "../store/EventStoreService.js"
import { StoreUnavailable } from "@plan-ledger/eventstore"
import * as Ledger from "./Ledger.js"

/**
 * What a successful execution recorded.
 *
 * @category models
 * @since 0.1.0
 */
export type ExecuteSuccess = Extract<Ledger.ExecuteOutcome, { readonly ok: true }>

const ledgerWithEffectClock = Effect.gen(function* () {
  const store = yield* EventStoreService
  const millis = yield* Clock.currentTimeMillis
  return Ledger.make({ store, clock: () => new Date(millis) })
})

const fromOutcome = (outcome: Ledger.ExecuteOutcome): Effect.Effect<ExecuteSuccess, Ledger.LedgerError> =>
  outcome.ok ? Effect.succeed(outcome) : Effect.fail(outcome.error)

const unexpected = (cause: unknown): StoreUnavailable =>
  new StoreUnavailable({ store: "event store", detail: cause instanceof Error ? cause.message : String(cause) })

/**
 * Executes commands against one plan as one atomic append, in Effect: the same implementation as
 * `Ledger.executePlan`, with the time taken from Effect's `Clock` and errors in the error channel.
 *
 * @example
 * import { Effect } from "effect"
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { EventStoreService, PlanLedger } from "@plan-ledger/core/effect"
 * const draft = PlanLedger.executePlan("lcsp-2009-10", [], {
 *   actor: "planning-officer", reason: "example", effectiveDate: "2009-04-01" as never
 * })
 * Effect.runPromise(draft.pipe(Effect.provide(EventStoreService.layerFrom(async () => InMemoryEventStore.make()))))
 *
 * @category commands
 * @since 0.1.0
 */
export const executePlan = (
  planId: string,
  commands: ReadonlyArray<PlanCommand>,
  provenance: Provenance
): Effect.Effect<ExecuteSuccess, Ledger.LedgerError, EventStoreService> =>
  ledgerWithEffectClock.pipe(
    Effect.flatMap((ledger) => Effect.tryPromise({ try: () => ledger.executePlan(planId, commands, provenance), catch: unexpected })),
    Effect.flatMap(fromOutcome)
  )

/**
 * Executes commands against one partnership as one atomic append, in Effect.
 *
 * @category commands
 * @since 0.1.0
 */
export const executePartnership = (
  partnershipId: string,
  commands: ReadonlyArray<PartnershipCommand>,
  provenance: Provenance
): Effect.Effect<ExecuteSuccess, Ledger.LedgerError, EventStoreService> =>
  ledgerWithEffectClock.pipe(
    Effect.flatMap((ledger) =>
      Effect.tryPromise({ try: () => ledger.executePartnership(partnershipId, commands, provenance), catch: unexpected })
    ),
    Effect.flatMap(fromOutcome)
  )

/**
 * Executes commands against one reference catalogue, in Effect.
 *
 * @category commands
 * @since 0.2.0
 */
export const executeCatalogue = (
  catalogueId: string,
  commands: ReadonlyArray<CatalogueCommand>,
  provenance: Provenance
): Effect.Effect<ExecuteSuccess, Ledger.LedgerError, EventStoreService> =>
  ledgerWithEffectClock.pipe(
    Effect.flatMap((ledger) =>
      Effect.tryPromise({ try: () => ledger.executeCatalogue(catalogueId, commands, provenance), catch: unexpected })
    ),
    Effect.flatMap(fromOutcome)
  )

/**
 * Folds the store into ledger state, in Effect, optionally as of a point on both time axes (what
 * was recorded up to an instant, what is in force on a date: see `LedgerState.ViewPoint`).
 *
 * @category projections
 * @since 0.1.0
 */
export const state = (options: ViewPoint = {}): Effect.Effect<LedgerState, StoreUnavailable, EventStoreService> =>
  Effect.flatMap(EventStoreService, (store) => Effect.tryPromise({ try: () => Ledger.make({ store }).state(options), catch: unexpected }))

/**
 * The state one plan's views read, in Effect, optionally as of a point on both time axes: folded
 * from the plan's stream and the streams it refers to, not the whole ledger (`Ledger.planState`).
 *
 * @category projections
 * @since 0.3.0
 */
export const planState = (planId: string, options: ViewPoint = {}): Effect.Effect<LedgerState, StoreUnavailable, EventStoreService> =>
  Effect.flatMap(EventStoreService, (store) =>
    Effect.tryPromise({ try: () => Ledger.make({ store }).planState(planId, options), catch: unexpected })
  )

/**
 * The state a cross-plan check of one plan reads, in Effect: its own scope and its related plans'
 * streams (`Ledger.relatedPlansState`).
 *
 * @category projections
 * @since 0.3.0
 */
export const relatedPlansState = (
  planId: string,
  options: ViewPoint = {}
): Effect.Effect<LedgerState, StoreUnavailable, EventStoreService> =>
  Effect.flatMap(EventStoreService, (store) =>
    Effect.tryPromise({ try: () => Ledger.make({ store }).relatedPlansState(planId, options), catch: unexpected })
  )
