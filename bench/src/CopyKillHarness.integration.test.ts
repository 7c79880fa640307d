import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { copyKillRun, timeOneCopy, writeSourceLedger } from "./CopyKillHarness.js"
import { killWindow } from "./CommandKillHarness.js"
import { seededRandom } from "./FaultHarness.js"
import { freshTargets } from "./KillTargets.js"
import { sourceCommand } from "./PlanLedgerCommand.js"

// The copy-kill harness with a few kills; `pnpm copy-kills` runs it large (docs/reliability.md).
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-copy-kills-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

// The command from source, so the test needs no build.
const cli = sourceCommand

const SOURCE = `sqlite:${join(directory, "source.db")}`
const SOURCE_EVENTS = 3000
// A copy of no events takes the command's start-up, which writes nothing: kills land after it.
const EMPTY_SOURCE = `sqlite:${join(directory, "empty.db")}`
const KILLS = 6

const POSTGRES_TEST_URL = postgresTestUrl()
const TARGETS: ReadonlyArray<readonly [string, () => string]> = [
  "jsonl",
  "sqlite",
  ...(POSTGRES_TEST_URL === undefined ? [] : ["postgres"])
].map((store) => [store, freshTargets(store, directory, POSTGRES_TEST_URL)] as const)

beforeAll(async () => {
  await writeSourceLedger(SOURCE, SOURCE_EVENTS)
  await writeSourceLedger(EMPTY_SOURCE, 0)
}, 120_000)

describe.each(TARGETS)("plan-ledger copy into %s, killed at random moments", (_name, freshTarget) => {
  it(`leaves the target absent, empty or complete after each of ${KILLS} kills, never a part`, async () => {
    const startUp = await timeOneCopy(cli, EMPTY_SOURCE, freshTarget())
    const wholeCopy = await timeOneCopy(cli, SOURCE, freshTarget())
    const figures = await copyKillRun({
      source: SOURCE,
      sourceEvents: SOURCE_EVENTS,
      freshTarget,
      kills: KILLS,
      ...killWindow(startUp, wholeCopy),
      random: seededRandom(KILLS),
      cli
    })
    expect(figures).toMatchObject({ kills: KILLS, partial: [] })
    expect(figures.absentOrEmpty + figures.complete).toBe(KILLS)
  }, 300_000)
})

// Without a server the PostgreSQL target is listed as skipped, with the reason, rather than left out.
if (POSTGRES_TEST_URL === undefined) it.skip(`plan-ledger copy into postgres, killed at random moments (skipped: ${POSTGRES_SKIP_REASON})`)
