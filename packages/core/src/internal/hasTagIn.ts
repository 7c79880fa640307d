/**
 * A type guard for the members of a tagged union whose tags a record has as keys. The record is typed
 * over the union's tags, so a new member fails to compile until it is listed.
 */
export const hasTagIn =
  <Tagged extends { readonly _tag: string }>(tags: { readonly [Tag in Tagged["_tag"]]: unknown }) =>
  (value: { readonly _tag: string }): value is Tagged =>
    Object.hasOwn(tags, value._tag)
