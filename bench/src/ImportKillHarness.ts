// `plan-ledger import` killed at random moments (`CommandKillHarness.ts`): each kill drafts a plan
// in a fresh ledger with `plan-ledger draft`, starts `plan-ledger import budget` of one large budget
// file into it and sends SIGKILL at a random moment between the command's start-up and a little
// past the time a whole import takes. Then it looks at the ledger as a user would: a JSON-lines
// ledger that ends in a torn tail is repaired with `plan-ledger repair`, the ledger must verify, and
// the plan must hold none of the file's budget lines or all of them — an import is one atomic
// append, so a part of one is partial, which must never happen. `importKills.ts` runs it large;
// `ImportKillHarness.integration.test.ts` runs it small in CI.
import { writeFileSync } from "node:fs"
import { LedgerState } from "@plan-ledger/core"
import { LedgerEvents, StreamName } from "@plan-ledger/core/store"
import { repairJsonlStore } from "@plan-ledger/store-jsonl"
import { openStore } from "@plan-ledger/stores"
import { commandKillRun, type KillSchedule, runCommand, type Sorted, timeCommand } from "./CommandKillHarness.js"
import type { WorkerCommand } from "./FaultHarness.js"

/** The plan every kill imports into. */
const PLAN = "import-kills"

const JSONL = "jsonl:"

/** What a run found. `partial` must be empty. */
export interface ImportKillFigures {
  readonly kills: number
  /** Kills that came after the import had finished (the plan must then hold every line). */
  readonly finishedFirst: number
  /** JSON-lines ledgers left with a torn tail, which `plan-ledger repair` moved aside. */
  readonly tornTailsRepaired: number
  readonly nothingImported: number
  readonly allImported: number
  /** The ledgers a killed import left with some of the file's lines, or not verifying, each with what was found. */
  readonly partial: ReadonlyArray<string>
}

const BUDGET_HEADER =
  "row_type,activity,fte,employee_costs,running_costs,contracts_projects,gross_expenditure,external_income,internal_income,controllable_expenditure,cabinet_member,prior_controllable,prior_fte"

/** Writes a budget CSV (docs/cli.md, "CSV formats") of `lines` budget lines, `Line 1` onwards. */
export const writeBudgetCsv = (path: string, lines: number): void => {
  const rows = Array.from({ length: lines }, (_unused, index) => `line,Line ${index + 1},1.0,10.0,1.0,,11.0,0.0,0.0,11.0,MD,10.0,1.0`)
  writeFileSync(path, `${[BUDGET_HEADER, ...rows].join("\n")}\n`)
}

const importArguments = (file: string, target: string): ReadonlyArray<string> => [
  "import",
  "budget",
  file,
  "--plan",
  PLAN,
  "--store",
  target
]

/** Each call names a fresh ledger with `freshUrl` and drafts the plan in it with `plan-ledger draft`. */
export const draftedLedgers = (cli: WorkerCommand, freshUrl: () => string) => async (): Promise<string> => {
  const url = freshUrl()
  await timeCommand(cli, ["draft", "--plan", PLAN, "--title", "Import kills", "--period", "2009/10", "--create", "--store", url])
  return url
}

/** How long one whole import of `file` into `target` (a drafted ledger) takes, start to exit, in milliseconds. */
export const timeOneImport = (cli: WorkerCommand, file: string, target: string): Promise<number> =>
  timeCommand(cli, importArguments(file, target))

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

// A JSON-lines ledger's torn tail, moved aside as a user would: with `plan-ledger repair`, which must
// then say the ledger is whole. Returns what went wrong, or whether there was a tail to move.
const repairTornTail = async (cli: WorkerCommand, url: string): Promise<{ readonly repaired: boolean } | { readonly partial: string }> => {
  const found = await repairJsonlStore(url.slice(JSONL.length), { events: LedgerEvents, dryRun: true })
  if (found.outcome === "intact") return { repaired: false }
  if (found.outcome === "damaged")
    return { partial: `damaged, which a killed append cannot leave: ${found.damage.map((damage) => damage.description).join("; ")}` }
  const repair = await runCommand(cli, ["repair", "--store", url])
  return repair.exitCode === 0
    ? { repaired: true }
    : { partial: `plan-ledger repair exited ${repair.exitCode}: ${repair.stdout}${repair.stderr}` }
}

// What the plan holds once the import is gone: it must verify, and hold none or all of the file's lines.
const examine = async (url: string, fileLines: number): Promise<Sorted<"nothing-imported" | "all-imported">> => {
  let store: Awaited<ReturnType<typeof openStore>>
  try {
    store = await openStore(url, { access: "read" })
  } catch (cause) {
    return { partial: `refused to open: ${describe(cause)}` }
  }
  try {
    const report = await store.verify()
    if (!report.ok) return { partial: `does not verify: ${report.damage.message}` }
    const plan = (await LedgerState.replay(store.readStream(StreamName.forPlan(PLAN)))).plans.get(PLAN)
    if (plan === undefined) return { partial: `plan ${PLAN}, drafted before the import, is not there` }
    const held = plan.budgetLines.size
    if (held === 0) return { kind: "nothing-imported" }
    return held === fileLines ? { kind: "all-imported" } : { partial: `${held} of the file's ${fileLines} budget lines` }
  } finally {
    await store.close()
  }
}

/** What one import left in a ledger, sorted, and whether a torn tail had to be repaired first. */
export interface ImportKillSorting {
  readonly sorted: Sorted<"nothing-imported" | "all-imported">
  readonly tornTailRepaired: boolean
}

/**
 * Looks at a ledger an import of `fileLines` budget lines was killed in, as a user would: a
 * JSON-lines ledger's torn tail is repaired with `plan-ledger repair`, then the ledger must verify
 * and the plan must hold none of the file's lines or all of them.
 */
export const sortImportKill = async (cli: WorkerCommand, url: string, fileLines: number): Promise<ImportKillSorting> => {
  const repair = url.startsWith(JSONL) ? await repairTornTail(cli, url) : { repaired: false }
  if ("partial" in repair) return { sorted: repair, tornTailRepaired: false }
  return { sorted: await examine(url, fileLines), tornTailRepaired: repair.repaired }
}

/**
 * Kills `plan-ledger import budget <file>` (a file of `fileLines` budget lines) into a fresh
 * ledger holding only the drafted plan `kills` times, each at a random moment from `minDelayMs` to
 * `maxDelayMs` after it started (the command's start-up, which writes nothing, can be left out),
 * and sorts every ledger it left.
 */
export const importKillRun = async (
  options: KillSchedule & { readonly file: string; readonly fileLines: number; readonly freshTarget: () => Promise<string> }
): Promise<ImportKillFigures> => {
  const { file, fileLines, ...run } = options
  let tornTailsRepaired = 0
  const figures = await commandKillRun({
    ...run,
    kinds: ["nothing-imported", "all-imported"],
    command: (target) => importArguments(file, target),
    sort: async (target) => {
      const { sorted, tornTailRepaired } = await sortImportKill(options.cli, target, fileLines)
      if (tornTailRepaired) tornTailsRepaired += 1
      return sorted
    }
  })
  return {
    kills: figures.kills,
    finishedFirst: figures.finishedFirst,
    tornTailsRepaired,
    nothingImported: figures.sorted["nothing-imported"],
    allImported: figures.sorted["all-imported"],
    partial: figures.partial
  }
}
