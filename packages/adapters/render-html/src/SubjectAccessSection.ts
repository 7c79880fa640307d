import { SubjectAccess } from "@plan-ledger/core"
import { escapeHtml } from "./HtmlText.js"
import { htmlTable } from "./HtmlTable.js"

/**
 * A subject access request: the names linked to the subject and every value kept about them.
 *
 * @category renderers
 * @since 0.4.0
 */
export const subjectAccessSection = (view: SubjectAccess.SubjectAccess): string =>
  `<p>Names linked to this subject: ${view.names.map(escapeHtml).join(", ")}.</p>` +
  (view.entries.length === 0
    ? "<p>The ledger keeps no value about this subject.</p>"
    : htmlTable(
        `Personal data held about ${view.subject}`,
        SubjectAccess.SUBJECT_ACCESS_COLUMNS.map((heading) => ({ heading })),
        view.entries.map((entry) => ({ cells: SubjectAccess.subjectAccessCells(entry) }))
      ))
