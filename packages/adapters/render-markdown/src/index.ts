export * from "./MarkdownRenderer.js"
export * from "./TerminalText.js"
