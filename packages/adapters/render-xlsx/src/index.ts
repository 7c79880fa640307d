export * from "./XlsxRenderer.js"
