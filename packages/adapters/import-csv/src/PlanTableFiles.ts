import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { ImportResult } from "@plan-ledger/core"
import { importPlanTables } from "./PlanTables.js"

/**
 * Reads the plan-content tables kept in one folder (`themes.csv`, `priorities.csv`,
 * `actions.csv`, …, as `importPlanTables` knows them) and imports them together. File names in
 * problems are given relative to the folder's parent (`csv/actions.csv:7:4`). The one function of
 * this package that reads files; everything else works on text.
 *
 * @example
 * import { importPlanTableFiles } from "@plan-ledger/import-csv"
 * // const imported = importPlanTableFiles(new URL("../csv/", import.meta.url), "ashford-1-lcypp")
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
