import { describe, expect, it } from "vitest"
import * as TargetDate from "../TargetDate.js"
import { datesIn } from "./DatePhrase.js"

const dueOf = (printed: string) => datesIn(printed).map((found) => found.value)

// Due dates as councils print them (the problem cells officers met in real plans).
describe("the date grammar", () => {
  it("reads a date with a day as that day, never the end of its month", () => {
    expect(TargetDate.finalDueBy(TargetDate.parse("by 1 April 2010"))).toBe("2010-04-01")
    expect(dueOf("31-Mar-2020")).toEqual([{ kind: "day", date: "2020-03-31" }])
    expect(dueOf("April 1st 2010")).toEqual([{ kind: "day", date: "2010-04-01" }])
    expect(dueOf("21/07/2020")).toEqual([{ kind: "day", date: "2020-07-21" }])
  })

  it("reads a date followed by 'and ongoing' as ongoing work from that date, never overdue", () => {
    const dates = TargetDate.parse("April 2008 and ongoing")
    expect(dates.milestones).toEqual([
      { label: undefined, due: { kind: "ongoing", cadence: undefined, from: "2008-04" }, span: { start: 0, end: 22 } }
    ])
    expect(TargetDate.finalDueBy(dates)).toBeUndefined()
    expect(TargetDate.parse("from 2009/10 onwards").milestones.map((milestone) => milestone.due)).toEqual([
      { kind: "ongoing", cadence: undefined, from: "2009-04" }
    ])
  })

  it("reads a financial year as due by its end, and its quarters and the academic year by theirs", () => {
    expect(TargetDate.finalDueBy(TargetDate.parse("2013/14"))).toBe("2014-03-31")
    expect(TargetDate.finalDueBy(TargetDate.parse("16/17"))).toBe("2017-03-31")
    expect(TargetDate.finalDueBy(TargetDate.parse("Q3 2009/10"))).toBe("2009-12-31")
    expect(TargetDate.finalDueBy(TargetDate.parse("academic year 2009/10"))).toBe("2010-08-31")
  })

  it("reads no date from what is only shaped like one, and keeps it as unread text", () => {
    expect(dueOf("31/02/2010")).toEqual([])
    expect(TargetDate.parse("2017/22").unread).toEqual([{ span: { start: 0, end: 7 }, text: "2017/22" }])
    expect(TargetDate.parse("16 June").milestones).toEqual([])
  })
})
