export * from "./MarkdownRenderer.js"
