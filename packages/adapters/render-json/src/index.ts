export * from "./JsonRenderer.js"
