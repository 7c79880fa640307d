export * from "./HtmlRenderer.js"
export { escapeHtml } from "./HtmlText.js"
export type { ReportPublication } from "./CheckingSection.js"
