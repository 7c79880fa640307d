import type { EnvelopeFacts } from "@plan-ledger/eventstore"
import type { Accumulator } from "./Accumulator.js"

/**
 * One evolve handler per event type of a slice, each updating the slice's accumulator with the
 * event and the envelope it was recorded with. The mapped type makes a slice's record exhaustive:
 * an event type without a handler fails to compile. A record lookup is used instead of a
 * ts-pattern chain because folds run once per event on replay (see docs/architecture.md).
 */
export type SliceHandlers<Event extends { readonly _tag: string }, State, Envelope = EnvelopeFacts> = {
  readonly [Tag in Event["_tag"]]: (state: State, event: Extract<Event, { readonly _tag: Tag }>, envelope: Envelope) => void
}

/**
 * A slice's `evolve`: the handler of the event's tag updates the accumulator it is handed, which
 * is returned. Typed over the slice's read-only state, as its decider is: the state a fold hands
 * it is the fold's own accumulator (see docs/architecture.md, "Folds update an accumulator they
 * own").
 */
export const evolveBy =
  <State, Event extends { readonly _tag: string }, Envelope>(handlers: SliceHandlers<Event, Accumulator<State>, Envelope>) =>
  (state: State, event: Event, envelope: Envelope): State => {
    // The record is indexed by the event's own tag, so the handler always matches the event.
    const handle = handlers[event._tag as Event["_tag"]] as (state: State, event: Event, envelope: Envelope) => void
    handle(state, event, envelope)
    return state
  }
