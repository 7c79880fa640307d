import { Result } from "effect"

/**
 * A business rule set as one value: from the state an entity's events fold to, what a command
 * means — the events to record, or the rule it breaks — and how each event changes the state.
 * The shape is Emmett's `Decider<State, Command, Event>` (`decide`, `evolve`, `initialState`),
 * with two additions: a broken rule is a value (`Violation`, in a `Result`), never a throw; and
 * `Context` is what a command is decided under and its events are recorded with (for a council
 * plan: who, why, on whose authority, effective when), which `evolve` may keep in the state.
 *
 * A decider does no I/O and reads no clock: time and provenance come in through `Context`.
 *
 * @example
 * import { Result } from "effect"
 * import type { Decider } from "@plan-ledger/eventstore"
 * type Counted = { readonly _tag: "Counted"; readonly by: number }
 * const counter: Decider.Decider<number, { readonly add: number }, Counted, string> = {
 *   initialState: () => 0,
 *   decide: (command, total) => (total + command.add > 10 ? Result.fail("over ten") : Result.succeed([{ _tag: "Counted", by: command.add }])),
 *   evolve: (total, event) => total + event.by
 * }
 *
 * @category models
 * @since 0.3.0
 */
export interface Decider<State, Command, Event, Violation = never, Context = void> {
  /** The state before the entity's first event. */
  readonly initialState: () => State
  /** What a command means given the state: the events it records (none when nothing changes), or the rule it breaks. */
  readonly decide: (command: Command, state: State, context: Context) => Result.Result<ReadonlyArray<Event>, Violation>
  /** The state after one event, recorded under `context`. */
  readonly evolve: (state: State, event: Event, context: Context) => State
}

/**
 * The state a history of events folds to from the decider's initial state, every event recorded
 * under `context`.
 *
 * @category folding
 * @since 0.3.0
 */
export const fold = <State, Command, Event, Violation, Context>(
  decider: Decider<State, Command, Event, Violation, Context>,
  history: Iterable<Event>,
  context: Context
): State => {
  let state = decider.initialState()
  for (const event of history) state = decider.evolve(state, event, context)
  return state
}

/**
 * Decides a sequence of commands from a state, each command seeing the events the ones before it
 * decided: all the events, or the first rule broken (and then none). How one request becomes one
 * atomic append.
 *
 * @category deciding
 * @since 0.3.0
 */
export const decideAll = <State, Command, Event, Violation, Context>(
  decider: Decider<State, Command, Event, Violation, Context>,
  commands: Iterable<Command>,
  state: State,
  context: Context
): Result.Result<ReadonlyArray<Event>, Violation> => {
  let current = state
  const decided: Array<Event> = []
  for (const command of commands) {
    const decision = decider.decide(command, current, context)
    if (Result.isFailure(decision)) return decision
    for (const event of decision.success) {
      current = decider.evolve(current, event, context)
      decided.push(event)
    }
  }
  return Result.succeed(decided)
}

/**
 * One rule a command of a sequence broke: the command's place in the sequence and the violation.
 *
 * @category models
 * @since 0.3.0
 */
export interface CommandViolation<Violation> {
  readonly index: number
  readonly violation: Violation
}

/**
 * Decides a sequence of commands like `decideAll`, but goes on past a broken rule — the command
 * that broke it records nothing, the ones after it are still decided — and returns every rule
 * broken, each with its command's place: how an import lists all its problems at once.
 *
 * @category deciding
 * @since 0.3.0
 */
export const decideEach = <State, Command, Event, Violation, Context>(
  decider: Decider<State, Command, Event, Violation, Context>,
  commands: ReadonlyArray<Command>,
  state: State,
  context: Context
): ReadonlyArray<CommandViolation<Violation>> => {
  let current = state
  const violations: Array<CommandViolation<Violation>> = []
  commands.forEach((command, index) => {
    const decision = decider.decide(command, current, context)
    if (Result.isFailure(decision)) {
      violations.push({ index, violation: decision.failure })
      return
    }
    for (const event of decision.success) current = decider.evolve(current, event, context)
  })
  return violations
}
