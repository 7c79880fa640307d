import { describe, expect, it } from "vitest"
import { expectedFor, isPlanId, likelyPlanId } from "./PlanIdText.js"

describe("plan ids as text", () => {
  it("takes lower-case letters, digits and hyphens, starting with a letter or digit", () => {
    expect(isPlanId("lcsp-2009-10")).toBe(true)
    expect(isPlanId("2009-plan")).toBe(true)
    for (const text of ["LCSP-2009-10", "lcsp 2009", "-lcsp", "lcsp_2009", "lcsp/2009-10", ""]) expect(isPlanId(text)).toBe(false)
  })

  it("offers the id a text most likely means", () => {
    expect(likelyPlanId("LCSP-2009-10")).toBe("lcsp-2009-10")
    expect(likelyPlanId(" LCSP 2009/10 ")).toBe("lcsp-2009-10")
    expect(likelyPlanId("Ashford_1")).toBe("ashford-1")
    expect(likelyPlanId("£££")).toBe("")
  })

  it("says what a plan id looks like, with that id as the example", () => {
    expect(expectedFor("LCSP-2009-10")).toBe("a plan id of lower-case letters, digits and hyphens, such as lcsp-2009-10")
    expect(expectedFor("£££")).toBe("a plan id of lower-case letters, digits and hyphens, such as lcsp-2009-10")
  })
})
