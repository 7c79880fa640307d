export * from "./PostgresEventStore.js"
export * from "./PostgresLocation.js"
export { MIGRATIONS } from "./Migrations.js"
