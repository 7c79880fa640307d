import { shown, type RowReader } from "./Table.js"

/**
 * The option of the budget and staffing importers that puts every row of a file in one unit (a
 * portfolio or division of a directorate): `--unit` on the command line.
 *
 * @category models
 * @since 0.4.0
 */
export interface UnitImportOptions {
  readonly unit?: string
}

/**
 * The unit a row belongs to: the unit the whole file is imported into, else the row's own `unit`
 * cell, else none (the whole plan). A `unit` cell that names another unit than the one imported
 * into is reported, so no row lands in a unit its file did not mean.
 *
 * @category importers
 * @since 0.4.0
 */
export const unitOfRow = (row: RowReader, imported: string | undefined): string | undefined => {
  const own = row.text("unit")
  if (imported === undefined) return own
  if (own !== undefined && own !== imported)
    row.report(
      "unit",
      `the row is in unit ${shown(own)}, but the file is imported into unit ${shown(imported)}`,
      `${shown(imported)} or a blank unit cell — or import the file with --unit ${shown(own)}, or without --unit to take each row's unit from the column`
    )
  return imported
}
