export * from "./CsvRenderer.js"
export * from "./CsvCell.js"
