import type { PlanCommand } from "../plan/PlanCommand.js"

/**
 * One problem found in an input file, located to the line and column (both from 1) and, where the
 * problem is in a cell or a header cell, the column's name, with what was expected, so a person can
 * fix the file: `budget.csv:7:4 (employee_costs): "1,52O.3" is not a number — …`.
 *
 * @category models
 * @since 0.1.0
 */
export interface ImportProblem {
  readonly file: string
  readonly line: number
  readonly column: number
  /** The name of the column the problem is in, as the file's header spells it. */
  readonly columnName?: string
  readonly problem: string
  readonly expected: string
}

/**
 * What an importer makes of a file: the commands to execute against the plan (as one atomic
 * append), or every problem in the file — never a part of it.
 *
 * @category models
 * @since 0.1.0
 */
export type ImportResult =
  | { readonly ok: true; readonly commands: ReadonlyArray<PlanCommand>; readonly rows: number }
  | { readonly ok: false; readonly problems: ReadonlyArray<ImportProblem> }

/**
 * The contract every input adapter implements: a pure function from a file's text to plan
 * commands. Reading the file is the caller's job.
 *
 * @category ports
 * @since 0.1.0
 */
export type Importer<Options> = (input: {
  readonly fileName: string
  readonly text: string
  readonly planId: string
  readonly options: Options
}) => ImportResult

/**
 * Formats a problem the way compilers do: `file:line:column (column_name): problem — expected`
 * (without the parenthesis when the problem is not in a named column).
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatImportProblem = (problem: ImportProblem): string =>
  `${problem.file}:${problem.line}:${problem.column}${problem.columnName === undefined ? "" : ` (${problem.columnName})`}: ${problem.problem} — ${problem.expected}`
