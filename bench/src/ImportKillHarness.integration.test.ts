import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { killWindow } from "./CommandKillHarness.js"
import { seededRandom } from "./FaultHarness.js"
import { freshTargets } from "./KillTargets.js"
import { draftedLedgers, importKillRun, timeOneImport, writeBudgetCsv } from "./ImportKillHarness.js"
import { sourceCommand } from "./PlanLedgerCommand.js"

// The import-kill harness with a few kills; `pnpm import-kills` runs it large (docs/reliability.md).
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-import-kills-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

// The command from source, so the test needs no build.
const cli = sourceCommand

const BUDGET = join(directory, "budget.csv")
const BUDGET_LINES = 1500
// An import of the header alone takes the command's start-up and writes nothing: kills land after it.
const HEADER_ONLY = join(directory, "header.csv")
const KILLS = 4

const POSTGRES_TEST_URL = postgresTestUrl()
const LEDGERS: ReadonlyArray<readonly [string, () => string]> = [
  "jsonl",
  "sqlite",
  ...(POSTGRES_TEST_URL === undefined ? [] : ["postgres"])
].map((store) => [store, freshTargets(store, directory, POSTGRES_TEST_URL)] as const)

beforeAll(() => {
  writeBudgetCsv(BUDGET, BUDGET_LINES)
  writeBudgetCsv(HEADER_ONLY, 0)
})

describe.each(LEDGERS)("plan-ledger import into %s, killed at random moments", (_name, freshUrl) => {
  it(`leaves none or all of the file's budget lines after each of ${KILLS} kills, never a part`, async () => {
    const freshTarget = draftedLedgers(cli, freshUrl)
    const startUp = await timeOneImport(cli, HEADER_ONLY, await freshTarget())
    const wholeImport = await timeOneImport(cli, BUDGET, await freshTarget())
    const figures = await importKillRun({
      file: BUDGET,
      fileLines: BUDGET_LINES,
      freshTarget,
      kills: KILLS,
      ...killWindow(startUp, wholeImport),
      random: seededRandom(KILLS),
      cli
    })
    expect(figures).toMatchObject({ kills: KILLS, partial: [] })
    expect(figures.nothingImported + figures.allImported).toBe(KILLS)
  }, 300_000)
})

// Without a server the PostgreSQL ledger is listed as skipped, with the reason, rather than left out.
if (POSTGRES_TEST_URL === undefined)
  it.skip(`plan-ledger import into postgres, killed at random moments (skipped: ${POSTGRES_SKIP_REASON})`)
