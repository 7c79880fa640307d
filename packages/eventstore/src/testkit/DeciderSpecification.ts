import { Result } from "effect"
import type { Decider } from "../Decider.js"
import * as Deciders from "../Decider.js"
import { canonicalJson } from "../EventHash.js"
import { SpecificationNotMet } from "./SpecificationNotMet.js"

/**
 * What a specification decided, and the two ways to check it. `then` and `thenFails` throw
 * `SpecificationNotMet` when the decision differs, so they work under any test runner (or none);
 * `decision` is there for a runner's own assertions.
 *
 * @category models
 * @since 0.3.0
 */
export interface Outcome<Event, Violation> {
  readonly decision: Result.Result<ReadonlyArray<Event>, Violation>
  /** Exactly these events were decided, in order (compared as canonical JSON: key order and undefined fields do not count). */
  readonly then: (expected: ReadonlyArray<Event>) => void
  /** A rule was broken: the violation has this tag and these fields (others are not compared). */
  readonly thenFails: (expected: Partial<Violation> & { readonly _tag: string }) => void
}

/**
 * A business rule written as a specification: given these past events, when these commands
 * arrive, then exactly these events are decided — or this rule is broken. No store, no I/O.
 *
 * @category models
 * @since 0.3.0
 */
export interface Specification<Command, Event, Violation, Context> {
  readonly given: (events: ReadonlyArray<Event>) => {
    /** Decides the commands, under the specification's context with `context`'s fields in place of its own. */
    readonly when: (commands: Command | ReadonlyArray<Command>, context?: Partial<Context>) => Outcome<Event, Violation>
  }
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value, (_key, field: unknown) =>
    field instanceof Error ? { ...field, _tag: (field as { _tag?: unknown })._tag } : field
  )
  return text === undefined ? String(value) : text.length > 2000 ? `${text.slice(0, 1997)}...` : text
}

// Events are data: two are the same when their canonical JSON is, as a store judges a re-append
// (key order and undefined fields do not count).
const same = (left: unknown, right: unknown): boolean => canonicalJson(left) === canonicalJson(right)

const merged = <Context>(context: Context, override: Partial<Context> | undefined): Context =>
  override === undefined ? context : ({ ...context, ...override } as Context)

const outcomeOf = <Event, Violation>(decision: Result.Result<ReadonlyArray<Event>, Violation>): Outcome<Event, Violation> => ({
  decision,
  then: (expected) => {
    if (Result.isSuccess(decision) && same(decision.success, expected)) return
    throw new SpecificationNotMet({
      expected: shown(expected),
      decided: shown(Result.isSuccess(decision) ? decision.success : decision.failure)
    })
  },
  thenFails: (expected) => {
    if (Result.isFailure(decision)) {
      const failure = decision.failure as Record<string, unknown>
      if (Object.entries(expected).every(([field, value]) => same(failure[field], value))) return
    }
    throw new SpecificationNotMet({
      expected: shown(expected),
      decided: shown(Result.isSuccess(decision) ? decision.success : decision.failure)
    })
  }
})

/**
 * The given/when/then specification of any decider: the given events are folded from its initial
 * state, then the commands decided as one sequence (`Decider.decideAll`), all under `context`.
 *
 * @example
 * import { Result } from "effect"
 * import type { Decider } from "@plan-ledger/eventstore"
 * import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
 * type Counted = { readonly _tag: "Counted"; readonly by: number }
 * const counter: Decider.Decider<number, { readonly add: number }, Counted, { readonly _tag: "OverTen" }> = {
 *   initialState: () => 0,
 *   decide: (command, total) => (total + command.add > 10 ? Result.fail({ _tag: "OverTen" }) : Result.succeed([{ _tag: "Counted", by: command.add }])),
 *   evolve: (total, event) => total + event.by
 * }
 * const spec = DeciderSpecification.make(counter, undefined)
 * spec.given([{ _tag: "Counted", by: 9 }]).when({ add: 1 }).then([{ _tag: "Counted", by: 1 }])
 * spec.given([{ _tag: "Counted", by: 9 }]).when({ add: 2 }).thenFails({ _tag: "OverTen" })
 *
 * @category constructors
 * @since 0.3.0
 */
export const make = <State, Command, Event, Violation, Context>(
  decider: Decider<State, Command, Event, Violation, Context>,
  context: Context
): Specification<Command, Event, Violation, Context> => ({
  given: (history) => ({
    when: (commands, override) => {
      const facts = merged(context, override)
      const state = Deciders.fold(decider, history, facts)
      return outcomeOf(Deciders.decideAll(decider, Array.isArray(commands) ? commands : [commands as Command], state, facts))
    }
  })
})
