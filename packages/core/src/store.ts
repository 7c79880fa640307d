/**
 * `@plan-ledger/core/store`: for code that opens, copies, verifies or writes a ledger store rather
 * than using one through `Ledger`: the ledger's event schema (`LedgerEvents`) and envelope, its
 * schema versions and upcasting (with the version-1 budget line), stream names, the replay of one
 * plan's streams and the ledger's snapshots, and the port a store implements for the ledger.
 * The store SPI every domain shares (append steps, errors, conformance) is `@plan-ledger/eventstore`.
 *
 * @packageDocumentation
 */
export * from "./event/EventEnvelope.js"
export * from "./event/LedgerEvents.js"
export * from "./event/SchemaVersion.js"
export * as Upcaster from "./event/Upcaster.js"
export * as BudgetLineVersion1 from "./plan/budget/BudgetLineVersion1.js"
export * as StreamName from "./event/StreamName.js"
export * as LedgerSnapshot from "./ledger/LedgerSnapshot.js"
export * as PlanScope from "./ledger/PlanScope.js"
export { personalDataStore } from "./personal/LedgerPersonalData.js"
export type * from "./store/EventStore.js"
