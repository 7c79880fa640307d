/**
 * The command that asks for an event: the event's fields under the command's own tag.
 */
export type CommandOf<Tag extends string, Event extends { readonly _tag: string }> = { readonly _tag: Tag } & Omit<Event, "_tag">
