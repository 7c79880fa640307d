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
    testTimeout: 30_000,
    // The JSON results feed .ci/summarize-tests.mjs and the per-file durations in docs/performance.md.
    reporters: ["default", "json", new SkippedTestsReporter()],
    outputFile: { json: ".vitest-results.json" }
  }
})
