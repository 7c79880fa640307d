export * from "./SqliteEventStore.js"
export { MIGRATIONS } from "./Migrations.js"
export { DEFAULT_SQLITE_DRIVER, SQLITE_DRIVER_VARIABLE } from "./DriverChoice.js"
export {
  SQLITE_DRIVER_NAMES,
  type SqliteConnection,
  type SqliteDriverName,
  type SqliteParameters,
  type SqliteStatement,
  type SqliteValue
} from "./SqliteConnection.js"
