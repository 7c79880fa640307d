import type { EnvelopeFacts } from "@plan-ledger/eventstore"

/**
 * One evolve handler per event type of a slice, each updating the slice's accumulator. The mapped
 * type makes a slice's record exhaustive: an event type without a handler fails to compile. A
 * record lookup is used instead of a ts-pattern chain because folds run once per event on replay
 * (see docs/architecture.md).
 */
export type SliceHandlers<Event extends { readonly _tag: string }, State> = {
  readonly [Tag in Event["_tag"]]: (state: State, event: Extract<Event, { readonly _tag: Tag }>, envelope: EnvelopeFacts) => void
}
