export * from "./SqliteEventStore.js"
export { MIGRATIONS } from "./Migrations.js"
