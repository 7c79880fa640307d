import { describe, expect, it } from "vitest"
import * as Money from "../../../money/Money.js"
import * as Resource from "../Resource.js"
import { amountsIn } from "./AmountPhrase.js"

const pounds = (text: string) => Money.fromPounds(text)

// Amounts as councils print them (the problem cells officers met in real plans), each read whole.
describe("the amount grammar", () => {
  it("reads a multiplier word as the power of ten it stands for, exactly", () => {
    expect(amountsIn("£1.8billion").map((found) => found.value.figure)).toEqual([{ kind: "exact", amount: pounds("1,800,000,000") }])
    expect(amountsIn("£120m").map((found) => found.value.figure)).toEqual([{ kind: "exact", amount: pounds("120,000,000") }])
    expect(amountsIn("£3.5k").map((found) => found.value.figure)).toEqual([{ kind: "exact", amount: pounds("3,500") }])
    expect(amountsIn("£2 million").map((found) => found.value.figure)).toEqual([{ kind: "exact", amount: pounds("2,000,000") }])
  })

  it("keeps a period printed after an amount as its basis, never as its funding source", () => {
    const [part] = Resource.parse("£15m over the three-year period").parts
    expect(part).toEqual({
      kind: "amount",
      amount: pounds("15,000,000"),
      fundingSource: undefined,
      label: undefined,
      basis: { kind: "over-period", period: "the three-year period" },
      span: { start: 0, end: 31 }
    })
    expect(amountsIn("£50 per year")[0]?.value.basis).toEqual({ kind: "per-year" })
    expect(amountsIn("£47.9k per annum")[0]?.value.basis).toEqual({ kind: "per-year" })
  })

  it("reads a range, and a multiplier printed once for both ends", () => {
    expect(amountsIn("£14 million to £20 million")[0]?.value.figure).toEqual({
      kind: "range",
      low: pounds("14,000,000"),
      high: pounds("20,000,000")
    })
    expect(amountsIn("£5-10m")[0]?.value.figure).toEqual({ kind: "range", low: pounds("5,000,000"), high: pounds("10,000,000") })
  })

  it("reads nothing from a figure it cannot read whole, and says so", () => {
    expect(amountsIn("£15 000")).toEqual([])
    expect(amountsIn("£1.234")).toEqual([])
    expect(amountsIn("£850/1223/1510 million")).toEqual([])
    expect(Resource.parse("£15mover").unread).toEqual([{ span: { start: 0, end: 8 }, text: "£15mover" }])
  })

  it("keeps the sums of what cannot be added up apart from the total", () => {
    const totals = Resource.totals(["£120m", "£15m over the three-year period", "£10k–£20k", "around £750,000"].map(Resource.parse))
    expect(totals).toMatchObject({ total: pounds("120,000,000"), notSummed: 3 })
  })
})
