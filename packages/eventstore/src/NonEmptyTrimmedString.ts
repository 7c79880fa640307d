import { Schema } from "effect"

/**
 * Text with no leading or trailing whitespace and at least one character: every name, code, id
 * and provenance field of an event. Effect 4's `Schema` has no such schema built in. The trim
 * check runs first, so `"  "` is reported as untrimmed and `""` as empty.
 *
 * @category schemas
 * @since 0.3.0
 */
export const NonEmptyTrimmedString = Schema.String.check(Schema.isTrimmed(), Schema.isNonEmpty({ expected: "a non-empty string" }))
