// Starts a throwaway PostgreSQL that outlives this process, for commands outside the test run
// (.ci/postgres-start): prints its URL and directory as lines a shell can source. The directory
// is what .ci/postgres-stop stops and removes.
//   node --import tsx test/postgres/startDetached.ts > .ci/postgres.env
import { startThrowawayPostgres } from "./ThrowawayPostgres.js"

// The settings the test run's own shared server has (PostgresForTests.ts).
const server = await startThrowawayPostgres({ fsync: "off", max_connections: 300 })
process.stdout.write(`PLAN_LEDGER_TEST_POSTGRES_URL=${server.url}\nPLAN_LEDGER_TEST_POSTGRES_DIRECTORY=${server.directory}\n`)
