import { Period, type Provenance, type SourceReference } from "@plan-ledger/core"

/**
 * The source document every event of this example cites: Kent County Council's service level
 * business plan 2009/10 for the Children, Families and Education directorate's Local Children's
 * Services Partnerships.
 *
 * @category provenance
 * @since 0.1.0
 */
export const SOURCE_DOCUMENT = "Kent County Council, LCSP Service Level Business Plan 2009/10"

/**
 * Provenance for events transcribed from one table of the source document.
 *
 * @category provenance
 * @since 0.1.0
 */
export const fromTable = (table: string, page?: string): Provenance => {
  const source: SourceReference = page === undefined ? { document: SOURCE_DOCUMENT, table } : { document: SOURCE_DOCUMENT, page, table }
  return {
    actor: "plan-ledger example loader",
    reason: `transcribed from the published plan: ${table}`,
    source,
    effectiveDate: Period.CalendarDate.make("2009-04-01")
  }
}
