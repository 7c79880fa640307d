import type { PlanCommand } from "../plan/PlanCommand.js"
import type { PlanReference } from "./PlanReference.js"

/**
 * One problem found in an input file, located to the line and column (both from 1) and, where the
 * problem is in a cell or a header cell, the column's name, with what was expected, so a person can
 * fix the file: `budget.csv:7:4 (employee_costs): "1,52O.3" is not a number — …`. In a workbook,
 * the line is the sheet's row, and the sheet and the column's letter are given too:
 * `budget.xlsx [Budget]:7:D (employee_costs): …`.
 *
 * @category models
 * @since 0.1.0
 */
export interface ImportProblem {
  readonly file: string
  /** The sheet of a workbook the problem is on. */
  readonly sheet?: string
  readonly line: number
  readonly column: number
  /** How the source names the column, when not by its number: a spreadsheet's letter, such as D. */
  readonly columnLabel?: string
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
  | {
      readonly ok: true
      readonly commands: ReadonlyArray<PlanCommand>
      readonly rows: number
      /** The cells that name a theme, priority or action the plan must define (see `unresolvedReferences`). */
      readonly references?: ReadonlyArray<PlanReference>
    }
  | { readonly ok: false; readonly problems: ReadonlyArray<ImportProblem> }

/**
 * One cell of a table with where it stands: its text exactly as the source holds it, the line (a
 * text file's line, a sheet's row) and the column, both from 1. `date` marks a cell the source
 * holds as a date, written `YYYY-MM-DD`, so a date where a number belongs is named as one.
 *
 * @category models
 * @since 0.3.0
 */
export interface TableField {
  readonly value: string
  readonly line: number
  readonly column: number
  readonly date?: boolean
}

/**
 * One row of a table: the line it starts on and its cells in column order.
 *
 * @category models
 * @since 0.3.0
 */
export interface TableRecord {
  readonly line: number
  readonly fields: ReadonlyArray<TableField>
}

/**
 * A table already read from its source into rows of cells — a workbook's sheet — for an importer
 * to validate exactly as it validates a CSV file's text. The first row is the header. With a
 * `sheet`, problems are located on that sheet, by row and by the column's letter.
 *
 * @category models
 * @since 0.3.0
 */
export interface TableSource {
  readonly sheet?: string
  readonly records: ReadonlyArray<TableRecord>
}

/**
 * What an importer reads: a file's text, or a table already read into rows of cells.
 *
 * @category models
 * @since 0.3.0
 */
export type TableInput = { readonly text: string; readonly table?: never } | { readonly table: TableSource; readonly text?: never }

/**
 * The contract every input adapter implements: a pure function from a file's text — or from the
 * rows of cells of a table read from another format — to plan commands. Reading the file is the
 * caller's job.
 *
 * @category ports
 * @since 0.1.0
 */
export type Importer<Options> = (
  input: {
    readonly fileName: string
    readonly planId: string
    readonly options: Options
  } & TableInput
) => ImportResult

/**
 * A spreadsheet column's letters from its number (from 1): 1 is A, 4 is D, 27 is AA.
 *
 * @category formatting
 * @since 0.3.0
 */
export const columnLetters = (column: number): string => {
  let letters = ""
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

/**
 * Formats a problem the way compilers do: `file:line:column (column_name): problem — expected`
 * (without the parenthesis when the problem is not in a named column); on a workbook's sheet,
 * `file [sheet]:row:letter (column_name): problem — expected`.
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatImportProblem = (problem: ImportProblem): string =>
  `${problem.file}${problem.sheet === undefined ? "" : ` [${problem.sheet}]`}:${problem.line}:${problem.columnLabel ?? problem.column}${problem.columnName === undefined ? "" : ` (${problem.columnName})`}: ${problem.problem} — ${problem.expected}`
