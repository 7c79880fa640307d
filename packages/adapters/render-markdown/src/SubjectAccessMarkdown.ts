import { SubjectAccess } from "@plan-ledger/core"
import { markdownText as text, table } from "./MarkdownTable.js"

/**
 * A subject access request: every value the ledger keeps about a person, with where it appears.
 *
 * @category renderers
 * @since 0.4.0
 */
export const subjectAccess = (view: SubjectAccess.SubjectAccess): string =>
  [
    `## Personal data held about ${text(view.subject)}`,
    "",
    `Names linked to this subject: ${view.names.map(text).join(", ")}.`,
    "",
    view.entries.length === 0
      ? "The ledger keeps no value about this subject."
      : table(
          [...SubjectAccess.SUBJECT_ACCESS_COLUMNS],
          SubjectAccess.SUBJECT_ACCESS_COLUMNS.map(() => "left" as const),
          view.entries.map((entry) => [...SubjectAccess.subjectAccessCells(entry)])
        ),
    ""
  ].join("\n")
