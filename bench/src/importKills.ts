// The import-kill harness's large run (docs/reliability.md): for each store, `plan-ledger import
// budget` of one generated budget file of `--lines` lines into a fresh ledger holding only the
// drafted plan, killed with SIGKILL `--kills` times at random moments; each ledger then repaired
// if it ends in a torn tail (JSON lines), verified, and sorted as nothing imported, all imported,
// or partial (which must never happen). Prints a Markdown table; exits 1 if any ledger was left
// partial. `pnpm import-kills` builds the workspace first (the imports run the built command, as a
// user would).
//
//   pnpm --filter @plan-ledger/bench import-kills --kills 100 --store jsonl --store sqlite --store postgres \
//     --postgres-url postgres://postgres@127.0.0.1:54329/plan_ledger_test
//   node --import tsx --conditions=@plan-ledger/source src/importKills.ts --from-source …   # without a build
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { killWindow, medianTime } from "./CommandKillHarness.js"
import { seededRandom } from "./FaultHarness.js"
import { draftedLedgers, type ImportKillFigures, importKillRun, timeOneImport, writeBudgetCsv } from "./ImportKillHarness.js"
import { freshTargets } from "./KillTargets.js"
import { harnessCommand } from "./PlanLedgerCommand.js"

const { values } = parseArgs({
  options: {
    kills: { type: "string", default: "100" },
    store: { type: "string", multiple: true, default: ["jsonl", "sqlite"] },
    "postgres-url": { type: "string" },
    lines: { type: "string", default: "5000" },
    "from-source": { type: "boolean", default: false },
    seed: { type: "string", default: String(Date.now() % 1_000_000) }
  }
})

// The built command, as a user runs it; with --from-source, the command from the source tree.
const cli = harnessCommand(values["from-source"], "import-kills")
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-import-kills-"))
const seed = Number(values.seed)
const lines = Number(values.lines)
process.stdout.write(`seed ${seed}, budget file of ${lines} lines\n`)

const rows: Array<readonly [string, number, number, ImportKillFigures]> = []
try {
  const budget = join(directory, "budget.csv")
  writeBudgetCsv(budget, lines)
  // An import of the header alone takes the command's start-up and writes nothing: kills land after it.
  const headerOnly = join(directory, "header.csv")
  writeBudgetCsv(headerOnly, 0)
  for (const [index, store] of values.store.entries()) {
    const freshTarget = draftedLedgers(cli, freshTargets(store, directory, values["postgres-url"]))
    // Kills land anywhere from the end of the command's start-up to a little past a whole import's
    // end, each the median of three timings.
    const startUp = await medianTime(3, async () => timeOneImport(cli, headerOnly, await freshTarget()))
    const wholeImport = await medianTime(3, async () => timeOneImport(cli, budget, await freshTarget()))
    const figures = await importKillRun({
      file: budget,
      fileLines: lines,
      freshTarget,
      kills: Number(values.kills),
      ...killWindow(startUp, wholeImport),
      random: seededRandom(seed + index),
      cli,
      onKill: (done) => {
        if (done % 25 === 0) process.stderr.write(`${store}: ${done} kills\n`)
      }
    })
    rows.push([store, startUp, wholeImport, figures])
  }
} finally {
  rmSync(directory, { recursive: true, force: true })
}

process.stdout.write(
  "| store | start-up (ms) | whole import (ms) | SIGKILLs | after the import finished | torn tails repaired | nothing imported | all imported | partial |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
)
for (const [store, startUp, wholeImport, figures] of rows) {
  process.stdout.write(
    `| ${store} | ${Math.round(startUp)} | ${Math.round(wholeImport)} | ${figures.kills} | ${figures.finishedFirst} | ${figures.tornTailsRepaired} | ${figures.nothingImported} | ${figures.allImported} | ${figures.partial.length} |\n`
  )
  for (const partial of figures.partial) process.stderr.write(`${store}: ${partial}\n`)
}
process.exitCode = rows.every(([, , , figures]) => figures.partial.length === 0) ? 0 : 1
