import type { SqliteDriverName } from "../src/SqliteConnection.js"

/**
 * The SQLite drivers the store's tests run on. The workspace's test run has node:sqlite, Node's
 * own; better-sqlite3 is a native module the workspace does not install (it would need a C
 * compiler), so its run installs it apart and names it here: `pnpm test:better-sqlite3`
 * (test/better-sqlite3/).
 */
export const DRIVERS_UNDER_TEST: ReadonlyArray<SqliteDriverName> =
  process.env["PLAN_LEDGER_TEST_SQLITE_DRIVER"] === "better-sqlite3" ? ["better-sqlite3"] : ["node:sqlite"]
