import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Decider from "./Decider.js"
import * as DeciderSpecification from "./testkit/DeciderSpecification.js"

type Clerk = { readonly actor: string }

// A total that may not pass ten, evolved as a new value each time.
type Add = { readonly _tag: "Add"; readonly by: number }
type Added = { readonly _tag: "Added"; readonly by: number }
type OverTen = { readonly _tag: "OverTen"; readonly total: number }
const total: Decider.Part<{ readonly total: number }, Add, Added, OverTen, Clerk> = {
  decider: {
    initialState: () => ({ total: 0 }),
    decide: (command, state) =>
      state.total + command.by > 10
        ? Result.fail({ _tag: "OverTen", total: state.total + command.by })
        : Result.succeed([{ _tag: "Added", by: command.by }]),
    evolve: (state, event) => ({ total: state.total + event.by })
  },
  commands: { Add: true },
  events: { Added: true }
}

// A list of names, each with who recorded it, evolved in place (an accumulator the fold owns).
type Name = { readonly _tag: "Name"; readonly name: string }
type Named = { readonly _tag: "Named"; readonly name: string }
type NameTaken = { readonly _tag: "NameTaken"; readonly name: string }
const names: Decider.Part<{ readonly names: Array<string> }, Name, Named, NameTaken, Clerk> = {
  decider: {
    initialState: () => ({ names: [] }),
    decide: (command, state) =>
      state.names.some((entry) => entry.startsWith(`${command.name} `))
        ? Result.fail({ _tag: "NameTaken", name: command.name })
        : Result.succeed([{ _tag: "Named", name: command.name }]),
    evolve: (state, event, context) => {
      state.names.push(`${event.name} (${context.actor})`)
      return state
    }
  },
  commands: { Name: true },
  events: { Named: true }
}

const tally = Decider.combine(total, names)

describe("Decider.combine", () => {
  it("starts from every part's initial state side by side", () => {
    expect(tally.decider.initialState()).toEqual({ total: 0, names: [] })
  })

  it("routes each command to the part that lists its tag, and each event likewise", () => {
    const state = Decider.fold(
      tally.decider,
      [
        { _tag: "Added", by: 4 },
        { _tag: "Named", name: "visits" },
        { _tag: "Added", by: 5 }
      ],
      {
        actor: "clerk"
      }
    )
    expect(state).toEqual({ total: 9, names: ["visits (clerk)"] })
    expect(tally.decider.decide({ _tag: "Add", by: 2 }, state, { actor: "clerk" })).toEqual(Result.fail({ _tag: "OverTen", total: 11 }))
    expect(tally.decider.decide({ _tag: "Name", name: "visits" }, state, { actor: "clerk" })).toEqual(
      Result.fail({ _tag: "NameTaken", name: "visits" })
    )
    expect(tally.decider.decide({ _tag: "Name", name: "calls" }, state, { actor: "clerk" })).toEqual(
      Result.succeed([{ _tag: "Named", name: "calls" }])
    )
  })

  it("keeps the state a part updates in place, and copies it with a part's new fields otherwise, keeping what else it holds", () => {
    const state = { ...tally.decider.initialState(), owner: "county" }
    const named = tally.decider.evolve(state, { _tag: "Named", name: "visits" }, { actor: "clerk" })
    expect(named).toBe(state)
    const added = tally.decider.evolve(named, { _tag: "Added", by: 3 }, { actor: "clerk" })
    expect(added).not.toBe(named)
    expect(added).toEqual({ total: 3, names: ["visits (clerk)"], owner: "county" })
  })

  it("lists every part's tags, so a combination is a part of another", () => {
    expect(tally.commands).toEqual({ Add: true, Name: true })
    expect(tally.events).toEqual({ Added: true, Named: true })
    type Note = { readonly _tag: "Note"; readonly text: string }
    type Noted = { readonly _tag: "Noted"; readonly text: string }
    const notes: Decider.Part<{ readonly note: string }, Note, Noted, never, Clerk> = {
      decider: {
        initialState: () => ({ note: "" }),
        decide: (command) => Result.succeed([{ _tag: "Noted", text: command.text }]),
        evolve: (_state, event) => ({ note: event.text })
      },
      commands: { Note: true },
      events: { Noted: true }
    }
    const nested = Decider.combine(tally, notes)
    expect(
      Decider.fold(
        nested.decider,
        [
          { _tag: "Noted", text: "checked" },
          { _tag: "Added", by: 1 }
        ],
        { actor: "clerk" }
      )
    ).toEqual({
      total: 1,
      names: [],
      note: "checked"
    })
  })

  it("runs under a given/when/then specification like any decider", () => {
    const spec = DeciderSpecification.make(tally.decider, { actor: "clerk" })
    spec
      .given([{ _tag: "Added", by: 9 }])
      .when([
        { _tag: "Name", name: "visits" },
        { _tag: "Add", by: 1 }
      ])
      .then([
        { _tag: "Named", name: "visits" },
        { _tag: "Added", by: 1 }
      ])
    spec
      .given([{ _tag: "Named", name: "visits" }])
      .when({ _tag: "Name", name: "visits" })
      .thenFails({ _tag: "NameTaken", name: "visits" })
  })

  it("refuses parts that list the same command or event", () => {
    expect(() => Decider.combine(total, total)).toThrow("two parts list the command Add")
    expect(() => Decider.combine(total, { ...names, events: { Added: true } } as never)).toThrow("two parts list the event Added")
  })
})
