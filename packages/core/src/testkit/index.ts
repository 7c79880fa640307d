export * from "./EventStoreConformance.js"
export * from "./sampleEvents.js"
export * from "./DeciderSpecification.js"
export * from "./foldable.js"
