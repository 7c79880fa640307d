// Where the PostgreSQL tests run: PLAN_LEDGER_TEST_POSTGRES_URL (see .ci/postgres-start). Locally,
// without a server, the tests are skipped with a message; in CI a missing server is a failure.
export const POSTGRES_TEST_URL = process.env["PLAN_LEDGER_TEST_POSTGRES_URL"]

if (POSTGRES_TEST_URL === undefined && process.env["CI"] !== undefined) {
  throw new Error("PLAN_LEDGER_TEST_POSTGRES_URL is not set in CI: .ci/run must start PostgreSQL with .ci/postgres-start before the tests")
}

export const SKIP_REASON = "no PostgreSQL: run `bash .ci/postgres-start && source .ci/postgres.env && export PLAN_LEDGER_TEST_POSTGRES_URL`"

/** The test server's URL with a fresh schema, so every test gets an empty ledger. */
export const freshSchemaUrl = (base: string): string => {
  const url = new URL(base)
  url.searchParams.set("schema", `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`)
  return url.toString()
}
