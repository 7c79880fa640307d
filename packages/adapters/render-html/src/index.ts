export * from "./HtmlRenderer.js"
export { escapeHtml } from "./HtmlText.js"
