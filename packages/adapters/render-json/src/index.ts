export * from "./JsonRenderer.js"
export * from "./PlanJson.js"
