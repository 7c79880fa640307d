/**
 * `@plan-ledger/core/effect`: the ledger for Effect programs — `PlanLedger`, whose operations are
 * Effects with typed errors, over the store service `EventStoreService` that a layer provides.
 * The root entry's `Ledger` is the same implementation with promises and returned errors.
 *
 * @packageDocumentation
 */
export * from "./store/EventStoreService.js"
export * as PlanLedger from "./ledger/PlanLedger.js"
