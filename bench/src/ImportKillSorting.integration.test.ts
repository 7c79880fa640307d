import { copyFileSync, mkdtempSync, rmSync, statSync, truncateSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { draftedLedgers, sortImportKill, timeOneImport, writeBudgetCsv } from "./ImportKillHarness.js"
import { sourceCommand } from "./PlanLedgerCommand.js"

// How the import-kill harness sorts a ledger, on ledgers made to be each of what a kill may leave,
// so that a run that finds nothing partial is known to have looked.
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-import-kill-sorting-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const cli = sourceCommand
const LINES = 20
const IMPORTED = join(directory, "imported.jsonl")

beforeAll(async () => {
  const budget = join(directory, "budget.csv")
  writeBudgetCsv(budget, LINES)
  const ledger = await draftedLedgers(cli, () => `jsonl:${IMPORTED}`)()
  await timeOneImport(cli, budget, ledger)
}, 120_000)

describe("sortImportKill", () => {
  it("sorts a ledger holding every line of the file as all imported", async () => {
    expect(await sortImportKill(cli, `jsonl:${IMPORTED}`, LINES)).toEqual({ sorted: { kind: "all-imported" }, tornTailRepaired: false })
  })

  it("sorts a plan holding some of the file's lines as partial", async () => {
    expect(await sortImportKill(cli, `jsonl:${IMPORTED}`, LINES + 10)).toEqual({
      sorted: { partial: `${LINES} of the file's ${LINES + 10} budget lines` },
      tornTailRepaired: false
    })
  })

  it("repairs the torn tail an import cut short leaves, with plan-ledger repair, and finds nothing imported", async () => {
    const torn = join(directory, "torn.jsonl")
    copyFileSync(IMPORTED, torn)
    // The personal values beside the ledger go with it: a torn import leaves its values kept.
    copyFileSync(`${IMPORTED}.personal.jsonl`, `${torn}.personal.jsonl`)
    truncateSync(torn, statSync(torn).size - 100)
    expect(await sortImportKill(cli, `jsonl:${torn}`, LINES)).toEqual({ sorted: { kind: "nothing-imported" }, tornTailRepaired: true })
  }, 60_000)
})
