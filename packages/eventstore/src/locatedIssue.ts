import { type Schema, SchemaIssue } from "effect"

// Past this many characters an issue's message is cut: a value shown in full (a whole payload
// that is not an object) would bury the place it failed.
const MESSAGE_LIMIT = 400

const issuesOf = SchemaIssue.makeFormatterStandardSchemaV1()

type Located = ReturnType<typeof issuesOf>["issues"][number]

const depth = (issue: Located): number => issue.path?.length ?? 0

/**
 * What a schema rejected, as one short line located by its path
 * (`at data.amount: Expected an integer, got 1.5`), never the whole tree of issues. A union
 * reports an issue for each alternative it tried (a stored budget line is tried as the current
 * schema and as version 1); the deepest is given, the first of them on a tie, because the
 * alternative that got furthest into the value is the one the value was meant to be. The value
 * after "got" is there only when the decoder was made with `reportInput: true`.
 *
 * @category errors
 * @since 0.3.0
 */
export const locatedIssue = (error: Schema.SchemaError): string => {
  const issue = issuesOf(error.issue).issues.reduce<Located | undefined>(
    (deepest, candidate) => (deepest === undefined || depth(candidate) > depth(deepest) ? candidate : deepest),
    undefined
  )
  if (issue === undefined) return "the record is not a valid event"
  const message = issue.message.length > MESSAGE_LIMIT ? `${issue.message.slice(0, MESSAGE_LIMIT)}...` : issue.message
  const path = (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment))
  return path.length === 0 ? message : `at ${path.join(".")}: ${message}`
}
