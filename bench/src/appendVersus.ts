// Batch appends on SQLite, this checkout beside another checkout of the repository (an earlier
// commit, say), side by side in one run: each measurement is `appendVersusChild.ts` appending one
// checkout's workload with that checkout's store, from its sources, in a fresh process on a fresh
// ledger, timing the appends alone; in interleaved pairs (this checkout first in odd pairs, the
// other in even ones). Prints a Markdown table of medians and ranges.
//
//   git worktree add --detach /tmp/plan-ledger-before <commit> && pnpm --dir /tmp/plan-ledger-before install --frozen-lockfile
//   node --import tsx bench/src/appendVersus.ts --other /tmp/plan-ledger-before --events 1000000
import { execFileSync } from "node:child_process"
import { loadavg } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { lastJsonLine, timedRun } from "./Runs.js"
import { format, spread } from "./Spread.js"
import { removeSqliteLedger } from "./SqliteLedgerFiles.js"
import { wholeNumber } from "./WholeNumber.js"

const { values } = parseArgs({
  options: {
    other: { type: "string" },
    events: { type: "string", default: "1000000" },
    batch: { type: "string", default: "1000" },
    pairs: { type: "string", default: "5" },
    directory: { type: "string", default: "/tmp" }
  }
})
if (values.other === undefined) {
  process.stderr.write("usage: node --import tsx bench/src/appendVersus.ts --other <checkout> [--events N] [--batch N] [--pairs N]\n")
  process.exit(2)
}

const events = wholeNumber("events", values.events)
const batch = wholeNumber("batch", values.batch)
const pairs = wholeNumber("pairs", values.pairs)

const checkouts = [fileURLToPath(new URL("../..", import.meta.url)), resolve(values.other)].map((directory) => ({
  directory,
  commit: `${execFileSync("git", ["-C", directory, "log", "-1", "--format=%h %s"], { encoding: "utf8" }).trim().slice(0, 60)}${
    execFileSync("git", ["-C", directory, "status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim() === ""
      ? ""
      : " (with changes not committed)"
  }`,
  rates: [] as Array<number>
}))

const appendOnce = (checkout: (typeof checkouts)[number]): number => {
  const path = join(values.directory, `plan-ledger-versus-${process.pid}.db`)
  const remove = () => removeSqliteLedger(path)
  remove()
  try {
    const child = fileURLToPath(new URL("appendVersusChild.ts", import.meta.url))
    const run = timedRun([
      "--import",
      "tsx",
      "--conditions=@plan-ledger/source",
      child,
      checkout.directory,
      path,
      String(events),
      String(batch)
    ])
    if (run.status !== 0) throw new Error(`${checkout.directory}: ${child} exited ${run.status}: ${run.stderr.trim()}`)
    const figures = lastJsonLine<{ eventsPerSecond: number; synchronous: string }>(run.stdout)
    if (figures.synchronous !== "FULL") throw new Error(`${checkout.directory} appended with synchronous ${figures.synchronous}`)
    return figures.eventsPerSecond
  } finally {
    remove()
  }
}

const loads: Array<number> = []
const ratios: Array<number> = []
for (let pair = 0; pair < pairs; pair++) {
  const order = pair % 2 === 0 ? checkouts : [...checkouts].reverse()
  for (const checkout of order) {
    loads.push(loadavg()[0] ?? 0)
    checkout.rates.push(appendOnce(checkout))
  }
  const [here, other] = checkouts
  ratios.push((here?.rates[pair] ?? 0) / (other?.rates[pair] ?? 1))
  process.stderr.write(`pair ${pair + 1}: ${checkouts.map((checkout) => format(checkout.rates[pair] ?? 0)).join(" / ")} events/s\n`)
}

const [here, other] = checkouts
const hereRate = spread(here?.rates ?? [])
const otherRate = spread(other?.rates ?? [])
const ratio = spread(ratios)
const load = spread(loads)
process.stdout.write(
  [
    `SQLite batch appends, ${format(events)} events in batches of ${batch}, ${pairs} interleaved pairs (one-minute load ${format(load.lowest, 1)} – ${format(load.highest, 1)}):`,
    "",
    "| checkout | events/s: median (range) |",
    "| -------- | ------------------------ |",
    ...checkouts.map((checkout) => {
      const rate = spread(checkout.rates)
      return `| ${checkout.commit} | ${format(rate.median)} (${format(rate.lowest)} – ${format(rate.highest)}) |`
    }),
    "",
    `this ÷ other: ${format(hereRate.median / otherRate.median, 2)} (ratio of medians); pair by pair ${format(ratio.median, 2)} (${format(ratio.lowest, 2)} – ${format(ratio.highest, 2)})`,
    ""
  ].join("\n")
)
