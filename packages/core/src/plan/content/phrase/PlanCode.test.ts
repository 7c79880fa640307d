import { describe, expect, it } from "vitest"
import * as PlanLinkText from "../PlanLinkText.js"

const linksOf = (printed: string) => PlanLinkText.read(printed).links

// Plan codes as councils print them (the problem cells officers met in real plans).
describe("the plan code grammar", () => {
  it("finds National Indicators inside a link's printed text", () => {
    expect(linksOf("LAA NI51 Effectiveness of CAMHS services")).toEqual([
      { kind: "laa-target", code: "LAA NI 51" },
      { kind: "indicator", code: "NI 51" }
    ])
    expect(linksOf("Lead LAA NI 117")).toEqual([
      { kind: "laa-target", code: "LAA NI 117" },
      { kind: "indicator", code: "NI 117" }
    ])
    expect(linksOf("(NI55)")).toEqual([{ kind: "indicator", code: "NI 55" }])
  })

  it("reads county plan codes as councils print them", () => {
    expect(linksOf("CYPP 13; CYPP P5; CYPP 2D; CYPP - Priority 1")).toEqual([
      { kind: "cypp-priority", code: "CYPP 13" },
      { kind: "cypp-priority", code: "CYPP P5" },
      { kind: "cypp-outcome", code: "CYPP 2D" },
      { kind: "cypp-priority", code: "CYPP - Priority 1" }
    ])
  })

  it("reads Towards 2010 targets, with and without the words between", () => {
    expect(linksOf("Towards 2010 Target 42; Towards 2010 - Target 30; T2010 Target 42").map((link) => link.kind)).toEqual([
      "directorate-target",
      "directorate-target",
      "directorate-target"
    ])
  })

  it("refuses a code with a letter where a digit belongs, and files it as no link", () => {
    expect(PlanLinkText.read("NI 1l7; NI 5O")).toEqual({
      links: [],
      malformed: [
        { span: { start: 0, end: 6 }, printed: "NI 1l7", likely: "NI 117" },
        { span: { start: 8, end: 13 }, printed: "NI 5O", likely: "NI 50" }
      ],
      unread: []
    })
  })
})
