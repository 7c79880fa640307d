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

// A member of a tagged union.
type Tagged = { readonly _tag: string }

/**
 * A record with a key for each `_tag` of a tagged union; typed over the union, so a tag left out
 * fails to compile. Its values are not read (a record of handlers keyed by tag serves).
 *
 * @category models
 * @since 0.5.0
 */
export type TagRecord<Union extends Tagged> = { readonly [Tag in Union["_tag"]]: unknown }

/**
 * A decider with the tags of the commands it decides and of the events it evolves: what
 * `combine` routes by.
 *
 * @category models
 * @since 0.5.0
 */
export interface Part<State, Command extends Tagged, Event extends Tagged, Violation, Context> {
  readonly decider: Decider<State, Command, Event, Violation, Context>
  readonly commands: TagRecord<Command>
  readonly events: TagRecord<Event>
}

/**
 * A decider whose state holds its parts' states side by side: `evolve` accepts any state that
 * holds them and returns it with the evolved part's fields replaced, everything else kept.
 *
 * @category models
 * @since 0.5.0
 */
export interface SideBySide<State, Command, Event, Violation, Context> extends Decider<State, Command, Event, Violation, Context> {
  readonly evolve: <Whole extends State>(state: Whole, event: Event, context: Context) => Whole
}

// What `combine` accepts: any part (`never` where a part's types are read, so every part fits).
interface AnyPart {
  readonly decider: {
    readonly initialState: () => object
    readonly decide: (command: never, state: never, context: never) => Result.Result<ReadonlyArray<unknown>, unknown>
    readonly evolve: (state: never, event: never, context: never) => object
  }
  readonly commands: object
  readonly events: object
}

type Intersection<Union> = (Union extends unknown ? (value: Union) => void : never) extends (value: infer Both) => void ? Both : never
type StateOf<P extends AnyPart> = ReturnType<P["decider"]["initialState"]>
type CommandOf<P extends AnyPart> = Extract<Parameters<P["decider"]["decide"]>[0], Tagged>
type EventOf<P extends AnyPart> = Extract<Parameters<P["decider"]["evolve"]>[1], Tagged>
type ContextOf<P extends AnyPart> = Parameters<P["decider"]["decide"]>[2]
type ViolationOf<P extends AnyPart> = ReturnType<P["decider"]["decide"]> extends Result.Result<unknown, infer Violation> ? Violation : never

/**
 * A part whose decider holds other parts' states side by side: what `combine` returns.
 *
 * @category models
 * @since 0.5.0
 */
export interface Combination<State, Command extends Tagged, Event extends Tagged, Violation, Context> extends Part<
  State,
  Command,
  Event,
  Violation,
  Context
> {
  readonly decider: SideBySide<State, Command, Event, Violation, Context>
}

/**
 * The combination `combine` returns for its parts.
 *
 * @category models
 * @since 0.5.0
 */
export type Combined<Parts extends ReadonlyArray<AnyPart>> = Combination<
  Intersection<StateOf<Parts[number]>>,
  CommandOf<Parts[number]>,
  EventOf<Parts[number]>,
  ViolationOf<Parts[number]>,
  Intersection<ContextOf<Parts[number]>>
>

/**
 * The parts combined, as one part: their states side by side in one object (the intersection of
 * their states), their commands and events as one union each. A command is decided, and an event
 * evolved, by the one part that lists its `_tag`; the initial state holds every part's initial
 * state. A part's `evolve` may update the state it is handed in place and return it (then nothing
 * is copied), or return its own part of the state anew (then the combined state is a copy with
 * that part's fields replaced). The parts' states must not share a field, nor their commands or
 * events a tag: a tag two parts list is refused (thrown) when they are combined.
 *
 * @example
 * import { Result } from "effect"
 * import { Decider } from "@plan-ledger/eventstore"
 * type Added = { readonly _tag: "Added"; readonly by: number }
 * type Named = { readonly _tag: "Named"; readonly name: string }
 * const total: Decider.Part<{ readonly total: number }, { readonly _tag: "Add"; readonly by: number }, Added, never, void> = {
 *   decider: {
 *     initialState: () => ({ total: 0 }),
 *     decide: (command) => Result.succeed([{ _tag: "Added", by: command.by }]),
 *     evolve: (state, event) => ({ total: state.total + event.by })
 *   },
 *   commands: { Add: true },
 *   events: { Added: true }
 * }
 * const name: Decider.Part<{ readonly name: string }, { readonly _tag: "Name"; readonly name: string }, Named, never, void> = {
 *   decider: {
 *     initialState: () => ({ name: "" }),
 *     decide: (command) => Result.succeed([{ _tag: "Named", name: command.name }]),
 *     evolve: (_state, event) => ({ name: event.name })
 *   },
 *   commands: { Name: true },
 *   events: { Named: true }
 * }
 * const tally = Decider.combine(total, name)
 * const state = Decider.fold(tally.decider, [{ _tag: "Named", name: "visits" }, { _tag: "Added", by: 2 }], undefined)
 * // state: { total: 2, name: "visits" }
 *
 * @category combinators
 * @since 0.5.0
 */
export const combine = <const Parts extends ReadonlyArray<AnyPart>>(...parts: Parts): Combined<Parts> => {
  type Routed = Decider<object, Tagged, Tagged, unknown, unknown>
  // Looked up once per event on a replay: a record without a prototype is the cheapest lookup.
  const routesOf = (kind: "commands" | "events"): Readonly<Record<string, Routed>> => {
    const routes: Record<string, Routed> = Object.create(null)
    for (const part of parts) {
      for (const tag of Object.keys(part[kind])) {
        if (tag in routes) throw new Error(`Decider.combine: two parts list the ${kind === "commands" ? "command" : "event"} ${tag}`)
        routes[tag] = part.decider as unknown as Routed
      }
    }
    return routes
  }
  const commandRoutes = routesOf("commands")
  const eventRoutes = routesOf("events")
  // Every command and event of the combined types has a route: its tag is listed by its part.
  const routeOf = (routes: Readonly<Record<string, Routed>>, tagged: Tagged) => routes[tagged._tag] as Routed
  const decider: Routed = {
    initialState: () => Object.assign({}, ...parts.map((part) => part.decider.initialState())),
    decide: (command, state, context) => routeOf(commandRoutes, command).decide(command, state, context),
    evolve: (state, event, context) => {
      const evolved = routeOf(eventRoutes, event).evolve(state, event, context)
      return evolved === state ? state : { ...state, ...evolved }
    }
  }
  return {
    decider,
    commands: Object.fromEntries(Object.keys(commandRoutes).map((tag) => [tag, true])),
    events: Object.fromEntries(Object.keys(eventRoutes).map((tag) => [tag, true]))
  } as unknown as Combined<Parts>
}
