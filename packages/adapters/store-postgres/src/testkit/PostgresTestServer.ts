import { StoreUnavailable } from "@plan-ledger/core"

const VARIABLE = "PLAN_LEDGER_TEST_POSTGRES_URL"

/**
 * Why PostgreSQL tests are skipped when no server is configured, and how to start one.
 *
 * @category testing
 * @since 0.2.0
 */
export const POSTGRES_SKIP_REASON = `no PostgreSQL: run \`bash .ci/postgres-start && source .ci/postgres.env && export ${VARIABLE}\``

/**
 * The URL of the PostgreSQL server tests run against (`PLAN_LEDGER_TEST_POSTGRES_URL`), or
 * `undefined` to skip them. In CI (`CI` set) a missing server is a failure, not a skip.
 *
 * @category testing
 * @since 0.2.0
 */
export const postgresTestUrl = (environment: NodeJS.ProcessEnv = process.env): string | undefined => {
  const url = environment[VARIABLE]
  if (url === undefined && environment["CI"] !== undefined) {
    throw new StoreUnavailable({
      store: "postgres test server",
      detail: `${VARIABLE} is not set in CI: start PostgreSQL with .ci/postgres-start before the tests`
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
