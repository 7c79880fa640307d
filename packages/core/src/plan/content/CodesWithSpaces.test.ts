import { describe, expect, it } from "vitest"
import * as PlanLinkText from "./PlanLinkText.js"

// Officers type two spaces, or wrap a cell, between a code's prefix and its number as often as
// one: the code is the same code, never filed as a strategy nor cut short.
describe("a plan code typed with a run of spaces in it", () => {
  it("is read as the code it is, its spaces closed up", () => {
    expect(
      PlanLinkText.parseList(
        "NI  117; Towards  2010 Target 42; LAA  NI 51; KCYPP  priority 2; CYPP -  Priority 1; Towards 2010\nTarget 30; EWB  1; Outcome  2d"
      )
    ).toEqual([
      { kind: "indicator", code: "NI 117" },
      { kind: "directorate-target", code: "Towards 2010 Target 42" },
      { kind: "laa-target", code: "LAA NI 51" },
      { kind: "indicator", code: "NI 51" },
      { kind: "cypp-priority", code: "KCYPP priority 2" },
      { kind: "cypp-priority", code: "CYPP - Priority 1" },
      { kind: "directorate-target", code: "Towards 2010 Target 30" },
      { kind: "local-priority", code: "EWB 1" },
      { kind: "cypp-outcome", code: "Outcome 2d" }
    ])
  })

  it("with a letter for a digit is still refused with the code it means", () => {
    expect(PlanLinkText.read("NI  1l7").malformed.map(({ printed, likely }) => ({ printed, likely }))).toEqual([
      { printed: "NI  1l7", likely: "NI 117" }
    ])
  })
})
