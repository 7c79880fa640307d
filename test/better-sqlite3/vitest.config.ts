import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"
import workspace from "../../vitest.config.js"

// The SQLite store's driver, read-only and conformance tests, run on better-sqlite3 as this
// project installs it. The store imports "better-sqlite3" from its own folder, where the workspace
// has none, so the name is pointed at this project's copy.
export default defineConfig({
  ...workspace,
  root: fileURLToPath(new URL("../..", import.meta.url)),
  resolve: {
    ...workspace.resolve,
    alias: { "better-sqlite3": fileURLToPath(new URL("node_modules/better-sqlite3/lib/index.js", import.meta.url)) }
  },
  test: {
    ...workspace.test,
    include: ["packages/adapters/store-sqlite/src/{SqliteDrivers,ReadOnlyDatabase,SqliteEventStore,OpenWhileLocked}.test.ts"],
    globalSetup: [],
    env: { PLAN_LEDGER_TEST_SQLITE_DRIVER: "better-sqlite3" },
    outputFile: { json: ".vitest-results-better-sqlite3.json" }
  }
})
