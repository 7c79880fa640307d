import { describe, expect, it } from "vitest"
import * as TargetDate from "./TargetDate.js"

// Target dates exactly as printed in the action plans of Kent County Council's local children and
// young people's plans 2008–2011 for Ashford 1 and for Cranbrook and Paddock Wood.
// What each milestone reads as; the spans they came from are tested with the grammar's own cases.
const milestonesOf = (printed: string) => TargetDate.parse(printed).milestones.map(({ span: _span, ...milestone }) => milestone)

describe("reading target dates as printed", () => {
  it("reads a month written with a two-digit year", () => {
    expect(milestonesOf("July 09")).toEqual([{ label: undefined, due: { kind: "month", month: "2009-07" } }])
  })

  it("reads several milestones in one cell (Ashford 1, Priority 1)", () => {
    expect(milestonesOf("Set up Point of Access and use CAF – January 09. Training by December 08.  Fully functioning July 09.")).toEqual([
      { label: "Set up Point of Access and use CAF", due: { kind: "month", month: "2009-01" } },
      { label: "Training", due: { kind: "month", month: "2008-12" } },
      { label: "Fully functioning", due: { kind: "month", month: "2009-07" } }
    ])
  })

  it("reads each of several dates printed one under another (Ashford 1, Priority 1)", () => {
    expect(milestonesOf("December 08 April 09 July 10").map((milestone) => milestone.due)).toEqual([
      { kind: "month", month: "2008-12" },
      { kind: "month", month: "2009-04" },
      { kind: "month", month: "2010-07" }
    ])
    expect(TargetDate.finalDueBy(TargetDate.parse("December 08 April 09 July 10"))).toBe("2010-07-31")
  })

  it("reads seasons, terms, ranges and ongoing work", () => {
    expect(milestonesOf("By: Summer 2009")).toEqual([{ label: undefined, due: { kind: "season", season: "summer", year: 2009 } }])
    expect(TargetDate.parse("Autumn term 09").milestones[0]?.due).toEqual({ kind: "term", term: "autumn", year: 2009 })
    expect(TargetDate.parse("Sept 08 – July 09").milestones[0]?.due).toEqual({ kind: "range", from: "2008-09", to: "2009-07" })
    expect(milestonesOf("Ongoing")).toEqual([{ label: undefined, due: { kind: "ongoing", cadence: undefined } }])
    expect(TargetDate.parse("Ongoing 6 monthly").milestones[0]?.due).toEqual({ kind: "ongoing", cadence: "6 monthly" })
  })

  it("keeps wording with no date as stated, never giving it one", () => {
    const dates = TargetDate.parse("When funding allows")
    expect(dates.milestones).toEqual([])
    expect(dates.undatedText).toEqual(["When funding allows"])
  })

  it("knows the last day each milestone can be met", () => {
    expect(TargetDate.finalDueBy(TargetDate.parse("Training by December 08. Fully functioning July 09."))).toBe("2009-07-31")
    expect(TargetDate.dueBy({ kind: "season", season: "summer", year: 2009 })).toBe("2009-08-31")
    expect(TargetDate.dueBy({ kind: "term", term: "spring", year: 2009 })).toBe("2009-03-31")
    expect(TargetDate.finalDueBy(TargetDate.parse("Ongoing"))).toBeUndefined()
  })
})
