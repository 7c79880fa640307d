export * from "./EventStoreConformance.js"
export * from "./sampleEvents.js"
