export * as SampleEvents from "./SampleEvents.js"
export * as DeciderSpecification from "./DeciderSpecification.js"
export type { Outcome, Specification } from "./DeciderSpecification.js"
export * from "./SpecificationNotMet.js"
