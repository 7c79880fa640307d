/**
 * A type guard for tagged errors whose `_tag` is one of `tags` — how the APIs tell their own
 * errors from unexpected exceptions, which they rethrow.
 */
export const isTaggedWith =
  <Tagged extends { readonly _tag: string }>(tags: ReadonlyArray<Tagged["_tag"]>) =>
  (value: unknown): value is Tagged =>
    typeof value === "object" && value !== null && "_tag" in value && tags.includes(String(value._tag))
