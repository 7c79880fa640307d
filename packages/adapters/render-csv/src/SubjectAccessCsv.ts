import { SubjectAccess } from "@plan-ledger/core"
import { csvDocument } from "./CsvCell.js"

/**
 * A subject access request, one value a row.
 *
 * @category renderers
 * @since 0.4.0
 */
export const subjectAccess = (view: SubjectAccess.SubjectAccess): string =>
  csvDocument(
    SubjectAccess.SUBJECT_ACCESS_COLUMNS.map((column) => column.toLowerCase().replaceAll(" ", "_")),
    view.entries.map((entry) => [...SubjectAccess.subjectAccessCells(entry)])
  )
