import { describe, expect, it } from "vitest"
import * as PlanLinkText from "./PlanLinkText.js"

// Plan links as printed in Kent County Council's local children and young people's plans
// 2008–2011 (Ashford 1: "Cross References"; Cranbrook and Paddock Wood: "Plan links to").
describe("reading plan links as printed", () => {
  it("tells indicators, county plan priorities and outcomes, LAA targets, local priorities and strategies apart", () => {
    expect(PlanLinkText.parseList("LAA2  (II); KCYPP priority 2; Outcome 2d; NI 50; EWB1; CAMHS Strategy; 2010 TARGET 16")).toEqual([
      { kind: "laa-target", code: "LAA2 (II)" },
      { kind: "cypp-priority", code: "KCYPP priority 2" },
      { kind: "cypp-outcome", code: "Outcome 2d" },
      { kind: "indicator", code: "NI 50" },
      { kind: "local-priority", code: "EWB1" },
      { kind: "strategy", code: "CAMHS Strategy" },
      { kind: "directorate-target", code: "2010 TARGET 16" }
    ])
  })

  it("reads a run of indicators printed under one NI as one link each (Cranbrook and Paddock Wood, IBA2)", () => {
    expect(PlanLinkText.parseList("NI 54, 92 99,100-102").map((link) => link.code)).toEqual([
      "NI 54",
      "NI 92",
      "NI 99",
      "NI 100",
      "NI 101",
      "NI 102"
    ])
  })
})
