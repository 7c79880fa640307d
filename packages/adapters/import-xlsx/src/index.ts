export { plainNumber, readSheet, type SheetReading } from "./SheetReader.js"
