// Runs the tamper suite and prints, per store, how many cases were tried and who caught them.
//
//   pnpm --filter @plan-ledger/stores tamper            # memory, SQLite, JSON lines
//   PLAN_LEDGER_TEST_POSTGRES_URL=postgres://… pnpm --filter @plan-ledger/stores tamper   # and PostgreSQL
//   pnpm --filter @plan-ledger/stores tamper --list     # and every case with what caught it
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { caughtAsExpected, type CaughtBy, tamperCases } from "./TamperCases.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-tamper-"))
const list = process.argv.includes("--list")
const tally = new Map<string, { tried: number; asExpected: number } & { [Who in CaughtBy]: number }>()
try {
  for (const tamperCase of tamperCases(directory, postgresTestUrl())) {
    const outcome = await tamperCase.run()
    const counts = tally.get(tamperCase.store) ?? {
      tried: 0,
      asExpected: 0,
      verify: 0,
      refused: 0,
      anchor: 0,
      proof: 0,
      missed: 0
    }
    counts.tried += 1
    counts[outcome.caughtBy] += 1
    if (caughtAsExpected(tamperCase, outcome.caughtBy)) counts.asExpected += 1
    tally.set(tamperCase.store, counts)
    if (list) process.stdout.write(`${tamperCase.store}\t${tamperCase.name}\t${outcome.caughtBy}\t${outcome.detail}\n`)
  }
} finally {
  rmSync(directory, { recursive: true, force: true })
}
process.stdout.write(
  "| store | cases tried | caught by verify | refused to open or read, saying why | caught by verify --expect only (tail or whole ledger deleted, or the chain rewritten) | forged proof or checkpoint refused by the verifier, with the code named | missed |\n| --- | --- | --- | --- | --- | --- | --- |\n"
)
for (const [store, counts] of tally) {
  process.stdout.write(
    `| ${store} | ${counts.tried} | ${counts.verify} | ${counts.refused} | ${counts.anchor} | ${counts.proof} | ${counts.missed} |\n`
  )
}
const missed = [...tally.values()].reduce((sum, counts) => sum + counts.tried - counts.asExpected, 0)
process.exitCode = missed === 0 ? 0 : 1
