// plan-ledger and Emmett side by side, the same workload through each one's public API with the
// same durability (SQLite: WAL, synchronous=FULL; PostgreSQL: the server's defaults, fsync on).
// Batch appends have a third, reference measurement: the SQL floor, plan-ledger's rows for the
// same events written by the bare driver with the same durability and no per-event work
// (SqlFloor.ts), which shows what the storage work alone costs. Every measurement runs in a fresh
// process; the pairs are interleaved, each pair's order rotated by one from the pair before
// (plan-ledger, Emmett, floor; then Emmett, floor, plan-ledger; …) so a machine that drifts slows
// all alike and none always goes first. Prints a Markdown table of medians, ranges and ratios
// (see docs/performance.md).
//
//   pnpm compare --postgres postgres://postgres@127.0.0.1:55433/bench
//   pnpm compare --workload batch        # only the named workloads (batch, single, read; repeatable)
import { execFileSync } from "node:child_process"
import { parseArgs } from "node:util"
import { fileURLToPath } from "node:url"
import {
  COMPARED_BACKENDS,
  type Backend,
  type Contender,
  contendersOf,
  type Figures,
  measure,
  WORKLOADS,
  type Workload
} from "./Compared.js"

const { values } = parseArgs({
  options: {
    pairs: { type: "string", default: "5" },
    events: { type: "string", default: "100000" },
    singles: { type: "string", default: "5000" },
    postgres: { type: "string" },
    directory: { type: "string", default: "/tmp" },
    workload: { type: "string", multiple: true },
    child: { type: "string" }
  }
})

const settings = {
  events: Number(values.events),
  singles: Number(values.singles),
  postgres: values.postgres,
  directory: values.directory
}

if (values.child !== undefined) {
  const { contender, backend, workload, run } = JSON.parse(values.child) as {
    contender: Contender
    backend: Backend
    workload: Workload
    run: string
  }
  const figures = await measure(contender, backend, workload, run, settings)
  process.stdout.write(`${JSON.stringify(figures)}\n`)
  process.exit(0)
}

const self = fileURLToPath(import.meta.url)
const inFreshProcess = (contender: Contender, backend: Backend, workload: Workload, run: string): Figures => {
  const output = execFileSync(
    process.execPath,
    [
      ...process.execArgv,
      self,
      "--events",
      String(settings.events),
      "--singles",
      String(settings.singles),
      "--directory",
      settings.directory,
      ...(settings.postgres === undefined ? [] : ["--postgres", settings.postgres]),
      "--child",
      JSON.stringify({ contender, backend, workload, run })
    ],
    { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] }
  )
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as Figures
}

const median = (numbers: ReadonlyArray<number>): number => {
  const sorted = [...numbers].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const range = (numbers: ReadonlyArray<number>, digits: number): string =>
  `${Math.min(...numbers).toFixed(digits)} – ${Math.max(...numbers).toFixed(digits)}`

const workloads = WORKLOADS.filter((workload) => values.workload === undefined || values.workload.includes(workload))
const backends = COMPARED_BACKENDS.filter((backend) => backend === "sqlite" || settings.postgres !== undefined)
const pairs = Number(values.pairs)
const results = new Map<string, Array<Figures>>()
const keyOf = (contender: Contender, backend: Backend, workload: Workload): string => `${contender}/${backend}/${workload}`
// The contenders in the order the pair runs them: rotated by one a pair, so each goes first in turn.
const inPairOrder = (contenders: ReadonlyArray<Contender>, pair: number): ReadonlyArray<Contender> => {
  const first = (pair - 1) % contenders.length
  return [...contenders.slice(first), ...contenders.slice(0, first)]
}
for (let pair = 1; pair <= pairs; pair++) {
  for (const backend of backends) {
    for (const workload of workloads) {
      for (const contender of inPairOrder(contendersOf(workload), pair)) {
        const figures = inFreshProcess(contender, backend, workload, `${pair}`)
        const key = keyOf(contender, backend, workload)
        results.set(key, [...(results.get(key) ?? []), figures])
        process.stderr.write(`pair ${pair}: ${key} ${JSON.stringify(figures)}\n`)
      }
    }
  }
}

// For each pair, the contender's figure over Emmett's, oriented so that above 1 means the contender is better.
const ratios = (
  contender: Contender,
  backend: Backend,
  workload: Workload,
  metric: keyof Figures,
  higherIsBetter: boolean
): ReadonlyArray<number> => {
  const ours = results.get(keyOf(contender, backend, workload)) ?? []
  const theirs = results.get(keyOf("emmett", backend, workload)) ?? []
  return ours.map((figures, index) => {
    const mine = figures[metric] ?? Number.NaN
    const other = theirs[index]?.[metric] ?? Number.NaN
    return higherIsBetter ? mine / other : other / mine
  })
}

// The floor's two columns, when a workload run has it (batch appends).
const withFloor = workloads.some((workload) => contendersOf(workload).includes("sql-floor"))
const rows: Array<string> = [
  `| store | measurement | plan-ledger: median (range) | Emmett 0.42: median (range) | plan-ledger ÷ Emmett, higher is better: median (range) |${
    withFloor ? " SQL floor: median (range) | SQL floor ÷ Emmett: median (range) |" : ""
  }`,
  `| --- | --- | --- | --- | --- |${withFloor ? " --- | --- |" : ""}`
]
const metrics: ReadonlyArray<{
  workload: Workload
  metric: keyof Figures
  label: string
  unit: string
  higherIsBetter: boolean
  digits: number
}> = [
  { workload: "batch", metric: "eventsPerSecond", label: "append, batches of 100", unit: "events/s", higherIsBetter: true, digits: 0 },
  {
    workload: "single",
    metric: "medianMs",
    label: "single append with expected revision, median",
    unit: "ms",
    higherIsBetter: false,
    digits: 3
  },
  { workload: "single", metric: "p99Ms", label: "single append with expected revision, p99", unit: "ms", higherIsBetter: false, digits: 3 },
  {
    workload: "read",
    metric: "eventsPerSecond",
    label: "read one 100,000-event stream and fold",
    unit: "events/s",
    higherIsBetter: true,
    digits: 0
  }
]
for (const backend of backends) {
  for (const { workload, metric, label, unit, higherIsBetter, digits } of metrics.filter((metric) => workloads.includes(metric.workload))) {
    const column = (contender: Contender): string => {
      const numbers = (results.get(keyOf(contender, backend, workload)) ?? []).map((figures) => figures[metric] ?? Number.NaN)
      return `${median(numbers).toFixed(digits)} ${unit} (${range(numbers, digits)})`
    }
    const ratio = (contender: Contender): string => {
      const numbers = ratios(contender, backend, workload, metric, higherIsBetter)
      return `${median(numbers).toFixed(2)}× (${range(numbers, 2)})`
    }
    const floor = contendersOf(workload).includes("sql-floor") ? ` ${column("sql-floor")} | ${ratio("sql-floor")} |` : " — | — |"
    rows.push(
      `| ${backend} | ${label} | ${column("plan-ledger")} | ${column("emmett")} | ${ratio("plan-ledger")} |${withFloor ? floor : ""}`
    )
  }
}
process.stdout.write(`${rows.join("\n")}\n`)
