export * from "./JsonlEventStore.js"
