import { Schema } from "effect"
import { withoutUndefined } from "./withoutUndefined.js"

const equivalences = new WeakMap<object, (left: unknown, right: unknown) => boolean>()

const equivalenceOf = <A>(schema: Schema.Schema<A>): ((left: A, right: A) => boolean) => {
  let equivalence = equivalences.get(schema)
  if (equivalence === undefined) {
    equivalence = Schema.toEquivalence(schema) as (left: unknown, right: unknown) => boolean
    equivalences.set(schema, equivalence)
  }
  return equivalence
}

/**
 * The event a set-command produces, unless the state already holds a payload equivalent to it
 * under the event's schema: this is what makes re-importing an unchanged table record nothing.
 * Both sides are compared without `undefined` properties, the shape payloads have once stored.
 */
export const unlessEquivalent = <A, Event>(
  schema: Schema.Schema<A>,
  held: A | undefined,
  produced: A,
  event: Event
): ReadonlyArray<Event> =>
  held !== undefined && equivalenceOf(schema)(withoutUndefined(held), withoutUndefined(produced)) ? [] : [withoutUndefined(event)]
