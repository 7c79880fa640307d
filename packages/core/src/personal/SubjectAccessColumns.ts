import type { SubjectAccessEntry } from "./SubjectAccess.js"

/**
 * The columns every format prints a subject access request in, and each entry's cells in that
 * order: what was recorded, whose name it was recorded under, and where it appears.
 *
 * @category formatting
 * @since 0.4.0
 */
export const SUBJECT_ACCESS_COLUMNS = ["Kind", "Value", "Recorded as", "Stream", "Event", "Field", "Recorded at", "Event id"] as const

/**
 * An entry's cells, in the order of `SUBJECT_ACCESS_COLUMNS`.
 *
 * @category formatting
 * @since 0.4.0
 */
export const subjectAccessCells = (entry: SubjectAccessEntry): ReadonlyArray<string> => [
  entry.kind,
  entry.value,
  entry.recordedAs,
  entry.stream,
  entry.eventType,
  entry.field,
  entry.recordedAt,
  entry.eventId
]
