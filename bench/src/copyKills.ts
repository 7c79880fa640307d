// The copy-kill harness's large run (docs/reliability.md): for each target store, `plan-ledger
// copy` from one SQLite source of `--events` events killed with SIGKILL `--kills` times at random
// moments, each target then sorted as absent or empty, complete, or partial (which must never
// happen). Prints a Markdown table; exits 1 if any target was left partial. `pnpm copy-kills`
// builds the workspace first (the copies run the built command, as a user would).
//
//   pnpm --filter @plan-ledger/bench copy-kills --kills 100 --store jsonl --store sqlite --store postgres \
//     --postgres-url postgres://postgres@127.0.0.1:54329/plan_ledger_test
//   node --import tsx --conditions=@plan-ledger/source src/copyKills.ts --from-source …   # without a build
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { type CopyKillFigures, copyKillRun, timeOneCopy, writeSourceLedger } from "./CopyKillHarness.js"
import { killWindow } from "./CommandKillHarness.js"
import { seededRandom } from "./FaultHarness.js"
import { freshTargets } from "./KillTargets.js"
import { harnessCommand } from "./PlanLedgerCommand.js"

const { values } = parseArgs({
  options: {
    kills: { type: "string", default: "100" },
    store: { type: "string", multiple: true, default: ["jsonl", "sqlite"] },
    "postgres-url": { type: "string" },
    events: { type: "string", default: "20000" },
    "from-source": { type: "boolean", default: false },
    seed: { type: "string", default: String(Date.now() % 1_000_000) }
  }
})

// The built command, as a user runs it; with --from-source, the command from the source tree.
const cli = harnessCommand(values["from-source"], "copy-kills")
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-copy-kills-"))
const freshTarget = (store: string) => freshTargets(store, directory, values["postgres-url"])
const seed = Number(values.seed)
const events = Number(values.events)
process.stdout.write(`seed ${seed}, source of ${events} events\n`)

const rows: Array<readonly [string, number, number, CopyKillFigures]> = []
try {
  const source = `sqlite:${join(directory, "source.db")}`
  await writeSourceLedger(source, events)
  // A copy of no events takes the command's start-up, which writes nothing: kills land after it.
  const emptySource = `sqlite:${join(directory, "empty.db")}`
  await writeSourceLedger(emptySource, 0)
  for (const [index, store] of values.store.entries()) {
    // Kills land anywhere from the end of the command's start-up to a little past a whole copy's end.
    const startUp = await timeOneCopy(cli, emptySource, freshTarget(store)())
    const wholeCopy = await timeOneCopy(cli, source, freshTarget(store)())
    const figures = await copyKillRun({
      source,
      sourceEvents: events,
      freshTarget: freshTarget(store),
      kills: Number(values.kills),
      ...killWindow(startUp, wholeCopy),
      random: seededRandom(seed + index),
      cli,
      onKill: (done) => {
        if (done % 25 === 0) process.stderr.write(`${store}: ${done} kills\n`)
      }
    })
    rows.push([store, startUp, wholeCopy, figures])
  }
} finally {
  rmSync(directory, { recursive: true, force: true })
}

process.stdout.write(
  "| target store | start-up (ms) | whole copy (ms) | SIGKILLs | after the copy finished | target absent or empty | target complete | target partial |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
)
for (const [store, startUp, wholeCopy, figures] of rows) {
  process.stdout.write(
    `| ${store} | ${Math.round(startUp)} | ${Math.round(wholeCopy)} | ${figures.kills} | ${figures.finishedFirst} | ${figures.absentOrEmpty} | ${figures.complete} | ${figures.partial.length} |\n`
  )
  for (const partial of figures.partial) process.stderr.write(`${store}: ${partial}\n`)
}
process.exitCode = rows.every(([, , , figures]) => figures.partial.length === 0) ? 0 : 1
