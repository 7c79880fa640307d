import type { LineMappingKind, PlanCommand } from "@plan-ledger/core"
import type { Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, type RowReader, type TableFormat } from "./Table.js"

/**
 * The line-mappings table's columns.
 *
 * @category formats
 * @since 0.3.0
 */
export const LINE_MAPPINGS_FORMAT: TableFormat = {
  name: "line-mappings",
  required: ["mapping_id", "kind", "prior_line_ids", "line_ids", "reason"],
  optional: ["from_plan"]
}

const KINDS: ReadonlyArray<LineMappingKind> = ["split", "merged", "moved-in"]

const lineIds = (row: RowReader, column: string, expected: string): readonly [string, ...Array<string>] | undefined => {
  const [first, ...rest] = row.list(column)
  if (first === undefined) {
    row.report(column, `${column} is blank`, expected)
    return undefined
  }
  return [first, ...rest]
}

/**
 * Imports how the prior year's budget lines map onto this plan's, where lines were re-organised
 * between the years: a line `split` into several, lines `merged` into one, or lines `moved-in`
 * from another unit's plan (`from_plan`). Line ids are separated by `;`; each row gives its
 * reason, which `check` quotes beside the figures it compares.
 *
 * @category importers
 * @since 0.3.0
 */
export const importLineMappings: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, LINE_MAPPINGS_FORMAT, (row): PlanCommand | undefined => {
    const mappingId = row.requiredText("mapping_id", "an id for the mapping, such as partnership-support-split")
    const kind = row.choice("kind", KINDS)
    const priorLineIds = lineIds(row, "prior_line_ids", "the prior year's line ids, separated by ;")
    const currentLineIds = lineIds(row, "line_ids", "this plan's line ids, separated by ;")
    const reason = row.requiredText("reason", "why the lines were re-organised")
    const fromPlan = row.planId("from_plan")
    const fromPlanId = fromPlan.planId
    if (
      !fromPlan.valid ||
      mappingId === undefined ||
      kind === undefined ||
      priorLineIds === undefined ||
      currentLineIds === undefined ||
      reason === undefined ||
      !row.once(seen, mappingId, "mapping_id", `mapping ${mappingId}`)
    )
      return undefined
    return {
      _tag: "MapPriorYearLines",
      planId,
      mappingId,
      kind,
      priorLineIds,
      lineIds: currentLineIds,
      reason,
      ...(fromPlanId === undefined ? {} : { fromPlanId })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
