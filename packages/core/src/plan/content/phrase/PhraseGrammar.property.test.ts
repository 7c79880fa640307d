import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as PlanLinkText from "../PlanLinkText.js"
import * as Resource from "../Resource.js"
import * as TargetDate from "../TargetDate.js"
import { amountsIn } from "./AmountPhrase.js"
import { datesIn, isCalendarDay } from "./DatePhrase.js"

// Cells generated from the grammar's own forms, and mutations of them: every generated cell reads
// to the figure, date or code it was built from, computed here independently with BigInt and the
// calendar; a mutated cell never yields a figure from text a rule did not read.

const MULTIPLIERS = [
  ["", 0n],
  ["k", 3n],
  ["m", 6n],
  ["million", 6n],
  [" million", 6n],
  ["bn", 9n],
  ["billion", 9n]
] as const

const grouped = (whole: bigint): string => whole.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, ",")

const amountCell = fc
  .record({
    whole: fc.bigInt({ min: 0n, max: 999_999n }),
    decimals: fc.stringMatching(/^\d{0,2}$/u),
    multiplier: fc.constantFrom(...MULTIPLIERS),
    commas: fc.boolean(),
    basis: fc.constantFrom("", " per annum", " pa", " a year", " over the three-year period", " over 3 years", " in 2009/10")
  })
  .map(({ whole, decimals, multiplier: [word, power], commas, basis }) => {
    const printed = `£${commas ? grouped(whole) : whole.toString()}${decimals === "" ? "" : `.${decimals}`}${word}${basis}`
    const pence = (whole * 10n ** (2n + power) + (decimals === "" ? 0n : BigInt(decimals.padEnd(Number(2n + power), "0")))) as bigint
    return { printed, pence, basis }
  })
  .filter(({ pence }) => pence <= BigInt(Number.MAX_SAFE_INTEGER))

describe("amounts generated from the grammar", () => {
  it("read to the exact pence the figure and multiplier make, with the whole cell as the amount's span", () => {
    fc.assert(
      fc.property(amountCell, ({ printed, pence }) => {
        const [found, ...more] = amountsIn(printed)
        expect(more).toEqual([])
        expect(found?.span).toEqual({ start: 0, end: printed.length })
        expect(found?.value.figure).toEqual({ kind: "exact", amount: Number(pence) })
      })
    )
  })

  it("never yield a figure from a cell whose figure runs on into letters or digits no rule reads, without reporting them", () => {
    fc.assert(
      fc.property(amountCell, fc.constantFrom("x", "mn0", " 000", "/12", ".5.5", "z9"), ({ printed, basis }, tail) => {
        const mutated = `${printed.slice(0, printed.length - basis.length)}${tail}`
        const resources = Resource.parse(mutated)
        const figures = resources.parts.filter((part) => part.kind === "amount" || part.kind === "range")
        // Either no figure is read, or the tail is reported as unread text beside it.
        expect(figures.length === 0 || resources.unread.length > 0).toBe(true)
        for (const part of figures)
          expect(amountsIn(mutated.slice(part.span.start, part.span.end))[0]?.span.end).toBe(part.span.end - part.span.start)
      })
    )
  })
})

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
]

describe("dates generated from the grammar", () => {
  it("read a day of the calendar as that day, and refuse one that is not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom("by ", "", "from "),
        (year, month, day, lead) => {
          const printed = `${lead}${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`
          const milestones = TargetDate.parse(printed).milestones
          const expected = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
          if (isCalendarDay(year, month, day))
            expect(milestones.map((milestone) => milestone.due)).toEqual([{ kind: "day", date: expected }])
          else expect(milestones.filter((milestone) => milestone.due.kind === "day")).toEqual([])
        }
      )
    )
  })

  it("read a financial year as due by its 31 March, however its years are printed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2098 }), fc.constantFrom("/", "-", "–"), fc.boolean(), (start, separator, short) => {
        const next = start + 1
        const printed = short
          ? `${String(start % 100).padStart(2, "0")}${separator}${String(next % 100).padStart(2, "0")}`
          : `${start}${separator}${String(next % 100).padStart(2, "0")}`
        expect(TargetDate.finalDueBy(TargetDate.parse(printed))).toBe(`${next}-03-31`)
        expect(datesIn(printed)[0]?.span).toEqual({ start: 0, end: printed.length })
      })
    )
  })
})

describe("codes generated from the grammar", () => {
  it("read every National Indicator of a list wherever the list stands, and none from a mutated digit", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 198 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("NI ", "NI", "Lead LAA NI ", "("),
        fc.constantFrom(", ", ",", " & ", " and "),
        (numbers, lead, separator) => {
          const list = lead === "(" ? `(NI${numbers.join(separator)})` : `${lead}${numbers.join(separator)}`
          const indicators = PlanLinkText.read(`CAMHS Strategy; ${list}`).links.filter((link) => link.kind === "indicator")
          // A list joined by "-" or "to" is a range; these separators list each number once.
          expect(indicators.map((link) => link.code)).toEqual(numbers.map((number) => `NI ${number}`))
        }
      )
    )
  })

  it("refuse a National Indicator whose digits hold a letter, naming the code it most likely is", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 198 }), fc.constantFrom(["1", "l"], ["0", "O"], ["5", "S"]), (number, [digit, letter]) => {
        const printed = `NI ${number}`
        fc.pre(printed.includes(digit))
        const mutated = printed.replace(digit, letter)
        const reading = PlanLinkText.read(mutated)
        expect(reading.links).toEqual([])
        expect(reading.malformed.map((malformed) => malformed.likely)).toEqual([printed])
      })
    )
  })
})
