export * from "./JsonlEventStore.js"
export * from "./JsonlRepair.js"
export * from "./LedgerCondition.js"
export * from "./LedgerFileSystem.js"
