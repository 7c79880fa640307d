export * as SampleEvents from "./SampleEvents.js"
