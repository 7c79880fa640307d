import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"
import { SkippedTestsReporter } from "./test/SkippedTestsReporter.js"

export default defineConfig({
  resolve: {
    conditions: ["@plan-ledger/source"]
  },
  ssr: {
    resolve: {
      conditions: ["@plan-ledger/source"]
    }
  },
  test: {
    include: [
      "packages/**/src/**/*.test.ts",
      "packages/**/test/**/*.test.ts",
      "examples/**/*.test.ts",
      "bench/src/**/*.test.ts",
      "test/**/*.test.ts"
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    // PostgreSQL for the run, from npm, unless PLAN_LEDGER_TEST_POSTGRES_URL names a server; the
    // scripts tests start as processes, built once into plain JavaScript.
    globalSetup: ["test/postgres/PostgresForTests.ts", "test/workers/BundledWorkersForTests.ts"],
    // Test files share a worker thread's loaded modules instead of each loading the workspace and
    // its dependencies again in a fresh process: no test mocks modules or changes global state, and
    // the suite runs in about a third of the time (docs/performance.md, "Test suite"). At least two
    // at once even on two cores: much of the suite waits on processes it started and on PostgreSQL.
    pool: "threads",
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism()),
    // Generous: the suite shares two cores with whatever else the machine runs, and a timeout is no
    // assertion of speed (none of these tests measures time).
    testTimeout: 120_000,
    // The JSON results feed .ci/summarize-tests.mjs and the per-file durations in docs/performance.md.
    reporters: ["default", "json", new SkippedTestsReporter()],
    outputFile: { json: ".vitest-results.json" }
  }
})
