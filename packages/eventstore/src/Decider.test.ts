import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Decider from "./Decider.js"

type Counted = { readonly _tag: "Counted"; readonly by: number; readonly actor: string }
type OverTen = { readonly _tag: "OverTen"; readonly total: number }

// A total that may not pass ten; each event keeps who counted it, from the context.
const counter: Decider.Decider<number, { readonly add: number }, Counted, OverTen, { readonly actor: string }> = {
  initialState: () => 0,
  decide: (command, total, context) =>
    total + command.add > 10
      ? Result.fail({ _tag: "OverTen", total: total + command.add })
      : Result.succeed(command.add === 0 ? [] : [{ _tag: "Counted", by: command.add, actor: context.actor }]),
  evolve: (total, event) => total + event.by
}

describe("Decider", () => {
  it("folds a history from the initial state", () => {
    const history: ReadonlyArray<Counted> = [
      { _tag: "Counted", by: 4, actor: "a" },
      { _tag: "Counted", by: 5, actor: "a" }
    ]
    expect(Decider.fold(counter, history, { actor: "a" })).toBe(9)
  })

  it("decides a sequence of commands, each seeing the events of the ones before it", () => {
    expect(Decider.decideAll(counter, [{ add: 4 }, { add: 0 }, { add: 6 }], 0, { actor: "clerk" })).toEqual(
      Result.succeed([
        { _tag: "Counted", by: 4, actor: "clerk" },
        { _tag: "Counted", by: 6, actor: "clerk" }
      ])
    )
    expect(Decider.decideAll(counter, [{ add: 4 }, { add: 7 }], 0, { actor: "clerk" })).toEqual(Result.fail({ _tag: "OverTen", total: 11 }))
  })

  it("decides each command past a broken rule, and lists every rule broken with its command's place", () => {
    expect(Decider.decideEach(counter, [{ add: 9 }, { add: 2 }, { add: 1 }, { add: 5 }], 0, { actor: "clerk" })).toEqual([
      { index: 1, violation: { _tag: "OverTen", total: 11 } },
      { index: 3, violation: { _tag: "OverTen", total: 15 } }
    ])
  })
})
