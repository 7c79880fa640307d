export * from "./JsonRenderer.js"
export * from "./PlanJson.js"
export * from "./CrossPlanJson.js"
