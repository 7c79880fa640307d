import { describe, expect, it } from "vitest"
import { disagreements, type PopulationRollUp } from "./PopulationRollUp.js"

// Made-up counts: only the comparison of the partnerships' sum with the county's figure matters.
const rollUp: PopulationRollUp = {
  bands: [
    { ageBand: "0-19", total: 12_500, partnershipsWithoutCount: 0, stated: 12_400, difference: 100 },
    { ageBand: "0-7", total: 4_000, partnershipsWithoutCount: 0, stated: 4_000, difference: 0 },
    { ageBand: "8-13", total: 3_000, partnershipsWithoutCount: 1, stated: undefined, difference: undefined }
  ]
}

describe("the county's population against its partnerships'", () => {
  it("says where the partnerships add up to other than the county states, and only there", () => {
    expect(disagreements(rollUp)).toEqual(["Ages 0-19: the partnerships add up to 12,500, the county states 12,400 (difference 100)."])
  })
})
