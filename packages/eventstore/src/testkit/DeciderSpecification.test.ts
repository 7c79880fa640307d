import { Result } from "effect"
import { describe, expect, it } from "vitest"
import type * as Decider from "../Decider.js"
import * as DeciderSpecification from "./DeciderSpecification.js"
import { SpecificationNotMet } from "./SpecificationNotMet.js"

type Counted = { readonly _tag: "Counted"; readonly by: number; readonly actor: string }
type OverTen = { readonly _tag: "OverTen"; readonly total: number }

const counter: Decider.Decider<number, { readonly add: number }, Counted, OverTen, { readonly actor: string }> = {
  initialState: () => 0,
  decide: (command, total, context) =>
    total + command.add > 10
      ? Result.fail({ _tag: "OverTen", total: total + command.add })
      : Result.succeed([{ _tag: "Counted", by: command.add, actor: context.actor }]),
  evolve: (total, event) => total + event.by
}

const spec = DeciderSpecification.make(counter, { actor: "clerk" })
const nine: ReadonlyArray<Counted> = [{ _tag: "Counted", by: 9, actor: "clerk" }]

describe("DeciderSpecification", () => {
  it("passes when exactly the expected events are decided, under the context given to `when`", () => {
    expect(() =>
      spec
        .given(nine)
        .when({ add: 1 })
        .then([{ _tag: "Counted", by: 1, actor: "clerk" }])
    ).not.toThrow()
    expect(() =>
      spec
        .given(nine)
        .when([{ add: 1 }], { actor: "officer" })
        .then([{ _tag: "Counted", by: 1, actor: "officer" }])
    ).not.toThrow()
  })

  it("throws SpecificationNotMet, naming both decisions, when other events are decided", () => {
    const outcome = spec.given(nine).when({ add: 1 })
    expect(() => outcome.then([{ _tag: "Counted", by: 2, actor: "clerk" }])).toThrow(SpecificationNotMet)
    expect(() => outcome.then([])).toThrow(/expected \[\]\n {2}decided {2}\[\{"_tag":"Counted","by":1,"actor":"clerk"\}\]/)
    expect(() => outcome.thenFails({ _tag: "OverTen" })).toThrow(SpecificationNotMet)
  })

  it("matches a broken rule by its tag and the fields given, and refuses another", () => {
    const outcome = spec.given(nine).when([{ add: 1 }, { add: 3 }])
    expect(outcome.decision).toEqual(Result.fail({ _tag: "OverTen", total: 13 }))
    expect(() => outcome.thenFails({ _tag: "OverTen" })).not.toThrow()
    expect(() => outcome.thenFails({ _tag: "OverTen", total: 13 })).not.toThrow()
    expect(() => outcome.thenFails({ _tag: "OverTen", total: 12 })).toThrow(SpecificationNotMet)
    expect(() => outcome.then([])).toThrow(/decided {2}\{"_tag":"OverTen","total":13\}/)
  })
})
