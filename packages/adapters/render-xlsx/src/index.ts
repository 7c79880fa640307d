export * from "./XlsxRenderer.js"
export * from "./ImportSheet.js"
export type { SheetTable } from "./SheetTable.js"
