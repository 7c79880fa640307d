import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type ExecuteOutcome, type Ledger, type PlanCommand, type Provenance } from "@plan-ledger/core"
import { type ImportResult, unresolvedReferences } from "@plan-ledger/core/adapters"
import { importPlanTables } from "./PlanTables.js"

/**
 * Reads the plan-content tables kept in one folder (`themes.csv`, `priorities.csv`,
 * `actions.csv`, …, as `importPlanTables` knows them) and imports them together. File names in
 * problems are given relative to the folder's parent (`csv/actions.csv:7:4`). The one function of
 * this package that reads files; everything else works on text.
 *
 * @example
 * import { formatImportProblem } from "@plan-ledger/core/adapters"
 * import { importPlanTableFiles } from "@plan-ledger/import-csv"
 * const imported = importPlanTableFiles(new URL("../csv/", import.meta.url), "ashford-1-lcypp")
 * if (!imported.ok) for (const problem of imported.problems) console.error(formatImportProblem(problem))
 *
 * @category importers
 * @since 0.2.0
 */
export const importPlanTableFiles = (directory: URL, planId: string): ImportResult => {
  const folder = fileURLToPath(directory).replace(/\/$/u, "").split("/").at(-1) ?? ""
  const files = readdirSync(directory)
    .filter((fileName) => fileName.endsWith(".csv"))
    .map((fileName) => ({ fileName: `${folder}/${fileName}`, text: readFileSync(new URL(fileName, directory), "utf8") }))
  return importPlanTables(files, planId)
}

/**
 * A plan kept as a folder of content tables: the command that drafts it, the folder, and the
 * provenance its events carry.
 *
 * @category models
 * @since 0.2.0
 */
export interface PlanTableFolder {
  readonly draft: Extract<PlanCommand, { readonly _tag: "DraftPlan" }>
  readonly directory: URL
  readonly provenance: Provenance
}

/**
 * Records a plan kept as a folder of content tables — its draft and every table — in a ledger as
 * one append: the outcome of the append, or the tables' problems (and then nothing is written).
 *
 * @example
 * import { InMemoryEventStore, Ledger, Period } from "@plan-ledger/core"
 * import { loadPlanTableFolder } from "@plan-ledger/import-csv"
 * const period = Period.fromText("2008-09-01..2011-08-31")
 * const effectiveDate = Period.parseCalendarDate("2008-09-01")
 * if (period !== undefined && effectiveDate !== undefined) {
 *   const outcome = await loadPlanTableFolder(Ledger.make({ store: InMemoryEventStore.make() }), {
 *     draft: {
 *       _tag: "DraftPlan",
 *       planId: "ashford-1-lcypp",
 *       kind: "local-children-and-young-peoples-plan",
 *       title: "Ashford 1 LCYPP 2008–2011",
 *       ownerId: "ashford-1",
 *       period
 *     },
 *     directory: new URL("../csv/", import.meta.url),
 *     provenance: { actor: "partnership manager", reason: "the plan as published", effectiveDate }
 *   })
 * }
 *
 * @category importers
 * @since 0.2.0
 */
export const loadPlanTableFolder = async (
  ledger: Ledger.Ledger,
  plan: PlanTableFolder
): Promise<ExecuteOutcome | Extract<ImportResult, { ok: false }>> => {
  const imported = importPlanTableFiles(plan.directory, plan.draft.planId)
  if (!imported.ok) return imported
  // The plan is drafted here, so its tables alone must define every theme, priority and action they name.
  const unresolved = unresolvedReferences(undefined, imported.commands, imported.references ?? [])
  if (unresolved.length > 0) return { ok: false, problems: unresolved }
  return ledger.executePlan(plan.draft.planId, [plan.draft, ...imported.commands], plan.provenance)
}
