// The fault harness's large run (docs/reliability.md). For each store: SIGKILL an appending process
// at random moments `--kills` times, reopening, verifying and checking every acknowledged event
// after each kill; for PostgreSQL with `--restart-command`, also restart the server `--restarts`
// times under `--writers` writers. Prints a Markdown table; exits 1 if anything acknowledged was
// lost or a ledger failed to verify. `pnpm faults` builds the workspace first (the worker runs as
// plain JavaScript on the built packages).
//
//   pnpm faults --kills 500 --store sqlite --store jsonl --store postgres \
//     --postgres-url postgres://postgres@127.0.0.1:55437/plan_ledger_faults \
//     --restart-command 'su postgres -c "pg_ctl -D /tmp/pg restart -m immediate -w"' --restarts 20
import { randomUUID } from "node:crypto"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { type FaultFigures, killRun, restartRun, seededRandom, type WorkerCommand } from "./FaultHarness.js"

const { values } = parseArgs({
  options: {
    kills: { type: "string", default: "500" },
    store: { type: "string", multiple: true, default: ["sqlite", "jsonl"] },
    "postgres-url": { type: "string" },
    "restart-command": { type: "string" },
    restarts: { type: "string", default: "20" },
    writers: { type: "string", default: "4" },
    "batches-each": { type: "string", default: "600" },
    batch: { type: "string", default: "5" },
    "max-delay": { type: "string", default: "150" },
    "kills-per-ledger": { type: "string", default: "50" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) }
  }
})

const worker: WorkerCommand = {
  executable: process.execPath,
  prefix: [fileURLToPath(new URL("../dist/faultWorker.js", import.meta.url))],
  cwd: fileURLToPath(new URL("..", import.meta.url))
}
if (!existsSync(worker.prefix[0] ?? "")) {
  process.stderr.write(`${worker.prefix[0]} is missing: run the harness with "pnpm faults", which builds it first.\n`)
  process.exit(2)
}
const postgresUrl = values["postgres-url"]
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-faults-"))
const freshUrl = (store: string) => (): string => {
  if (store === "sqlite") return `sqlite:${join(directory, `${randomUUID()}.db`)}`
  if (store === "jsonl") return `jsonl:${join(directory, `${randomUUID()}.jsonl`)}`
  const url = new URL(postgresUrl ?? "")
  url.searchParams.set("schema", `faults_${randomUUID().replaceAll("-", "").slice(0, 12)}`)
  return url.toString()
}
const seed = Number(values.seed)
process.stdout.write(`seed ${seed}\n`)

const rows: Array<readonly [string, string, FaultFigures]> = []
let writerFailures = 0
try {
  await Promise.all(
    values.store.map(async (store, index) => {
      if (store === "postgres" && postgresUrl === undefined) throw new Error("--store postgres needs --postgres-url")
      const figures = await killRun({
        freshUrl: freshUrl(store),
        kills: Number(values.kills),
        killsPerLedger: Number(values["kills-per-ledger"]),
        batchSize: Number(values.batch),
        maxDelayMs: Number(values["max-delay"]),
        random: seededRandom(seed + index),
        worker,
        onKill: (done) => {
          if (done % 50 === 0) process.stderr.write(`${store}: ${done} kills\n`)
        }
      })
      rows.push([store, "SIGKILL of the appending process", figures])
    })
  )
  const restartCommand = values["restart-command"]
  if (restartCommand !== undefined && postgresUrl !== undefined) {
    const figures = await restartRun({
      url: freshUrl("postgres")(),
      writers: Number(values.writers),
      batchesEach: Number(values["batches-each"]),
      batchSize: Number(values.batch),
      restarts: Number(values.restarts),
      restartCommand,
      random: seededRandom(seed),
      worker
    })
    for (const failure of figures.writerFailures) process.stderr.write(`${failure}\n`)
    writerFailures += figures.writerFailures.length
    rows.push(["postgres", `server restarted under ${values.writers} writers`, figures])
  }
} finally {
  rmSync(directory, { recursive: true, force: true })
}

process.stdout.write(
  "| store | fault | faults injected | events acknowledged | events lost | torn tails moved aside | retryable errors seen | verify failures |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
)
for (const [store, fault, figures] of rows) {
  process.stdout.write(
    `| ${store} | ${fault} | ${figures.faults} | ${figures.acknowledged} | ${figures.lost} | ${figures.tornTailsRepaired} | ${figures.retries} | ${figures.verifyFailures.length} |\n`
  )
  for (const failure of figures.verifyFailures) process.stderr.write(`${store}: ${failure}\n`)
}
if (writerFailures > 0) process.stdout.write(`${writerFailures} writer(s) failed instead of retrying (see above)\n`)
process.exitCode = writerFailures === 0 && rows.every(([, , figures]) => figures.lost === 0 && figures.verifyFailures.length === 0) ? 0 : 1
