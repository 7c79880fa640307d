import { Ledger, Period, type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportProblem, type TableSource, unresolvedReferences } from "@plan-ledger/core/adapters"
import { readSheet } from "@plan-ledger/import-xlsx"
import { openStore } from "@plan-ledger/stores"
import { csvText, type FuzzFormat, workbookBytes } from "./FuzzFile.js"
import { FUZZ_PLAN, type FuzzTable, PRIOR_PLAN } from "./FuzzTables.js"
import { RowCheck, type SilentChange } from "./StoredExactly.js"

/**
 * One fuzzed file: a table, the columns it has (every column of the table but the optional ones
 * it leaves out), its rows of cells (blank in a column left out) and how it is written.
 */
export interface FuzzCase {
  readonly table: FuzzTable
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<Readonly<Record<string, string>>>
  readonly format: FuzzFormat
}

/**
 * What became of one fuzzed file. `stored`: accepted, and every cell of every row is in the
 * ledger as the file says. `refused`: refused with located, one-line reasons. The other two are
 * failures: an accepted file with a cell stored otherwise than written (or not at all), and a
 * refusal whose message does not say where or what.
 */
export type FuzzOutcome =
  | { readonly _tag: "stored"; readonly rows: number }
  | { readonly _tag: "refused" }
  | { readonly _tag: "silent-change"; readonly changes: ReadonlyArray<SilentChange> }
  | { readonly _tag: "unclear-refusal"; readonly message: string }

const PROVENANCE = { actor: "fuzz", reason: "fuzzed import", effectiveDate: Period.CalendarDate.make("2009-04-01") }

const drafts: ReadonlyArray<readonly [string, PlanCommand]> = [
  [
    PRIOR_PLAN,
    {
      _tag: "DraftPlan",
      planId: PRIOR_PLAN,
      kind: "service-business-plan",
      title: "Plan 2008/09",
      ownerId: "kcc",
      period: Period.financialYear("2008/09")
    }
  ],
  [
    FUZZ_PLAN,
    {
      _tag: "DraftPlan",
      planId: FUZZ_PLAN,
      kind: "service-business-plan",
      title: "Plan 2009/10",
      ownerId: "kcc",
      period: Period.financialYear("2009/10"),
      priorPlanId: PRIOR_PLAN
    }
  ]
]

// eslint-disable-next-line no-control-regex -- a message on one line has no control characters
const CONTROL = /[\u0000-\u001F\u007F]/

/**
 * A problem an officer can act on: located at a line (in a workbook, the sheet's row) and column,
 * one line, saying what is wrong and what is expected.
 */
const unclear = (problem: ImportProblem, workbook: boolean): string | undefined => {
  const message = formatImportProblem(problem)
  const located =
    Number.isInteger(problem.line) &&
    problem.line >= 1 &&
    Number.isInteger(problem.column) &&
    problem.column >= 1 &&
    (!workbook || (problem.sheet !== undefined && problem.columnLabel !== undefined))
  const said = problem.problem.trim() !== "" && problem.expected.trim() !== ""
  // A cell quoted in the message may say anything; the words around it must not show a value
  // the message failed to compute.
  const words = message.replace(/"(?:[^"\\]|\\.)*"/g, '""')
  const wellFormed = !CONTROL.test(message) && message.length < 1200 && !/undefined|\[object|NaN/.test(words)
  return located && said && wellFormed ? undefined : message
}

const refusal = (problems: ReadonlyArray<ImportProblem>, workbook: boolean): FuzzOutcome => {
  const first = problems.map((problem) => unclear(problem, workbook)).find((message) => message !== undefined)
  return first === undefined && problems.length > 0
    ? { _tag: "refused" }
    : { _tag: "unclear-refusal", message: first ?? "no problem given" }
}

/**
 * Writes a fuzzed file, imports it into a fresh in-memory ledger (a drafted plan holding what the
 * table refers to), and checks the outcome: a refusal must be clear, and an accepted file must
 * be in the ledger cell for cell — each row found by what identifies it and every cell compared
 * with what the plan now holds.
 */
export const runCase = async ({ table, columns, rows, format }: FuzzCase): Promise<FuzzOutcome> => {
  const fileName = `${table.name}.${format._tag}`
  const workbook = format._tag === "xlsx"
  let input: { readonly text: string } | { readonly table: TableSource }
  if (format._tag === "csv") input = { text: csvText(columns, rows, format.lineEnd, format.quoteAll) }
  else {
    const reading = await readSheet(fileName, await workbookBytes(columns, table.numeric, rows, format))
    if (reading._tag === "Problems") return refusal(reading.problems, workbook)
    if (reading._tag === "ChooseSheet") return { _tag: "unclear-refusal", message: reading.problem }
    input = { table: reading.table }
  }
  const result = table.importer({ fileName, planId: FUZZ_PLAN, options: {}, ...input })
  if (!result.ok) return refusal(result.problems, workbook)
  const store = await openStore("memory:")
  try {
    const ledger = Ledger.make({ store })
    for (const [planId, draft] of drafts) {
      const given = table.given.filter((command) => command.planId === planId)
      const prepared = await ledger.executePlan(planId, [draft, ...given], PROVENANCE)
      if (!prepared.ok) throw new Error(`the fuzzed plan could not be prepared: ${prepared.error.message}`)
    }
    // As the command line does: a theme, priority or action the file names must be one the plan
    // holds or the file itself defines, or the file is refused where the name stands.
    const held = (await ledger.state()).plans.get(FUZZ_PLAN)
    const unresolved = unresolvedReferences(held, result.commands, result.references ?? [])
    if (unresolved.length > 0) return refusal(unresolved, workbook)
    const outcome = await ledger.executePlan(FUZZ_PLAN, result.commands, PROVENANCE)
    if (!outcome.ok) {
      const message = outcome.error.message
      return message.trim() === "" || CONTROL.test(message.replace(/[\r\n]/g, ""))
        ? { _tag: "unclear-refusal", message }
        : { _tag: "refused" }
    }
    const plan = (await ledger.state()).plans.get(FUZZ_PLAN)
    if (plan === undefined) throw new Error("the fuzzed plan is not in the ledger")
    const changes = rows.flatMap((cells, index) => {
      const check = new RowCheck(index + 2, cells)
      table.check(plan, check)
      return check.changes
    })
    return changes.length > 0 ? { _tag: "silent-change", changes } : { _tag: "stored", rows: result.rows }
  } finally {
    await store.close()
  }
}
