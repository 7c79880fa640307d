import { Unit } from "@plan-ledger/core"
import type { RowReader } from "./Table.js"

/**
 * Tracks the rows a table prints once per unit — a budget's Controllable Totals and Total Cost of
 * Unit, a staffing total, a variation statement's opening and closing — and refuses a second one
 * where it stands, naming the first. Kept beside the first, the second would replace it when
 * recorded (the ledger holds one of each), so the import would report a row recorded that is not.
 *
 * @category parsing
 * @since 0.4.0
 */
export const printedOnce = () => {
  const seen = new Map<string, number>()
  return (row: RowReader, column: string, what: string, unit: string | undefined, fix: string): boolean => {
    const key = Unit.keyInUnit(unit, what)
    const firstLine = seen.get(key)
    if (firstLine !== undefined) {
      const where = unit === undefined ? "" : ` of unit ${JSON.stringify(unit)}`
      row.report(column, `a second ${what} row${where}: the table's ${what} is already on ${row.lineName(firstLine)}`, fix)
      return false
    }
    seen.set(key, row.line)
    return true
  }
}
