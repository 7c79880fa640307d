/**
 * The sheet of a `show … --format xlsx` workbook that holds the view's table in its importer's
 * columns (`budget table`, `indicators table`), beside the sheet that shows the view. `plan-ledger
 * import <table> <file.xlsx>` reads it when the workbook has it and no `--sheet` is given, so every
 * workbook `show` writes imports back.
 *
 * @category output
 * @since 0.4.0
 */
export const tableSheetName = (table: string): string => `${table} table`

/**
 * The table each view that `show` can write as a workbook imports back as.
 *
 * @category output
 * @since 0.4.0
 */
export const TABLE_OF_VIEW: Readonly<Partial<Record<string, string>>> = {
  budget: "budget",
  variations: "variations",
  staffing: "staffing",
  scorecard: "indicators"
}
