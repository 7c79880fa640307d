/**
 * Whether a value is an error whose `_tag` a record of tags lists. The record is typed over an
 * error union's tags (`{ [Tag in Union["_tag"]]: true }`), so the list cannot miss a member; the
 * tag, not the class, recognises the error, so one made by another copy of this package counts.
 *
 * @category guards
 * @since 0.3.0
 */
export const isTaggedErrorIn = (tags: Readonly<Record<string, true>>, value: unknown): boolean =>
  value instanceof Error && "_tag" in value && typeof value._tag === "string" && Object.hasOwn(tags, value._tag)
