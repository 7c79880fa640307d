import { describe, expect, it } from "vitest"
import * as Money from "../../money/Money.js"
import * as Resource from "./Resource.js"

// Resources exactly as printed in the action plans of Kent County Council's local children and
// young people's plans 2008–2011 for Ashford 1 and for Cranbrook and Paddock Wood.
const pounds = (text: string) => Money.fromPounds(text)
// What each part reads as; the spans they came from are tested with the grammar's own cases.
const partsOf = (printed: string) => Resource.parse(printed).parts.map(({ span: _span, ...part }) => part)

describe("reading resources as printed", () => {
  it("reads an amount with its funding source after it (Ashford 1, Priority 1)", () => {
    expect(partsOf("£10,000 – KCF")).toEqual([{ kind: "amount", amount: pounds("10,000"), fundingSource: "KCF", label: undefined }])
    expect(partsOf("Point of Access Assistant Social Worker £10,000 – KCF")).toEqual([
      { kind: "amount", amount: pounds("10,000"), fundingSource: "KCF", label: "Point of Access Assistant Social Worker" }
    ])
  })

  it("reads a source printed before the amount (Cranbrook and Paddock Wood, Aiming High)", () => {
    expect(partsOf("Aiming High: £27000")).toEqual([
      { kind: "amount", amount: pounds("27000"), fundingSource: "Aiming High", label: undefined }
    ])
    expect(partsOf("Matched funding from BIP (£15,000)")).toEqual([
      { kind: "amount", amount: pounds("15,000"), fundingSource: "BIP", label: undefined }
    ])
  })

  it("splits an amount that includes a part from another fund into two parts", () => {
    expect(partsOf("£12,000 (inc £6000 from PCT Health and Wellbeing Fund)")).toEqual([
      { kind: "amount", amount: pounds("6000"), fundingSource: "PCT Health and Wellbeing Fund", label: undefined },
      { kind: "amount", amount: pounds("6000"), fundingSource: undefined, label: undefined }
    ])
  })

  it("reads two bids in one cell, and thousands written with k", () => {
    expect(partsOf("CT / KC to bid for £2000 from KCF and £2000 from PCT Health and Wellbeing Fund")).toEqual([
      { kind: "amount", amount: pounds("2000"), fundingSource: "KCF", label: "CT / KC to bid for" },
      { kind: "amount", amount: pounds("2000"), fundingSource: "PCT Health and Wellbeing Fund", label: undefined }
    ])
    expect(partsOf("£3.5k Ashford Rural")).toEqual([
      { kind: "amount", amount: pounds("3500"), fundingSource: "Ashford Rural", label: undefined }
    ])
  })

  it("reads a source in brackets and what it is for, and never adds a printed sum again (Cranbrook and Paddock Wood, IBA1 and IBA2)", () => {
    expect(partsOf("£500 (Healthy Schools 09/10) – Drugs Awareness week")).toEqual([
      { kind: "amount", amount: pounds("500"), fundingSource: "Healthy Schools 09/10", label: "Drugs Awareness week" }
    ])
    expect(partsOf("Young Carers: - £2750 (Start Up) £2750 (Social Services match) = £5500")).toEqual([
      { kind: "amount", amount: pounds("2750"), fundingSource: "Start Up", label: "Young Carers" },
      { kind: "amount", amount: pounds("2750"), fundingSource: "Social Services match", label: undefined }
    ])
    expect(partsOf("CSP /LCSP Funding TBA")).toEqual([{ kind: "to-be-agreed" }])
  })

  it("never turns staff time, TBA or a year into money, and reads a rate as a rate", () => {
    expect(partsOf("Staff time")).toEqual([{ kind: "staff-time" }])
    expect(partsOf("TBA")).toEqual([{ kind: "to-be-agreed" }])
    expect(partsOf("£500 per LAC")).toEqual([
      { kind: "amount", amount: pounds("500"), fundingSource: undefined, label: undefined, basis: { kind: "per-unit", unit: "LAC" } }
    ])
    expect(partsOf("£5000 09/10")).toEqual([{ kind: "amount", amount: pounds("5000"), fundingSource: undefined, label: undefined }])
  })

  it("adds amounts up by funding source and counts the rest", () => {
    const totals = Resource.totals(
      ["£10,000 – KCF", "£3000 from KCF", "Staff time", "TBA", "£12,000 Children’s Fund", "£500 per LAC"].map(Resource.parse)
    )
    expect(totals.bySource).toEqual([
      { fundingSource: "KCF", amount: pounds("13,000"), count: 2 },
      { fundingSource: "Children’s Fund", amount: pounds("12,000"), count: 1 }
    ])
    expect(totals).toMatchObject({ total: pounds("25,000"), staffTime: 1, toBeAgreed: 1, statedOnly: 0, notSummed: 1 })
  })
})
