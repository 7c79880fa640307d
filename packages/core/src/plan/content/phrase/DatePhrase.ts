import { type PhraseRule, type Recognised, scan } from "./PhraseScanner.js"

/**
 * When a milestone is due, as far as its wording says: a day, a month, a range of months, a
 * school term or season, a financial quarter, a financial or academic year, a calendar year, or
 * ongoing (with its cadence, and the date it runs from, when stated). Only what is written is
 * read; nothing is invented.
 *
 * @category models
 * @since 0.2.0
 */
export type Due =
  | { readonly kind: "day"; readonly date: string }
  | { readonly kind: "month"; readonly month: string }
  | { readonly kind: "range"; readonly from: string; readonly to: string }
  | { readonly kind: "term"; readonly term: "autumn" | "spring" | "summer"; readonly year: number }
  | { readonly kind: "season"; readonly season: "spring" | "summer" | "autumn" | "winter"; readonly year: number }
  | { readonly kind: "quarter"; readonly quarter: 1 | 2 | 3 | 4; readonly financialYear: number }
  | { readonly kind: "financial-year"; readonly startYear: number }
  | { readonly kind: "academic-year"; readonly startYear: number }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "ongoing"; readonly cadence: string | undefined; readonly from?: string }

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const YEAR = String.raw`('?\d{2}|\d{4})(?!\d)`
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
// A year pair printed for a financial or academic year: 2013/14, 16/17, 2009-10, 2009/2010.
const YEAR_PAIR = String.raw`(?<!\d[/.–-])(20\d{2}|\d{2})\s?[/–—-]\s?(20\d{2}|\d{2})(?!\d)`

/**
 * A two- or four-digit year as a full year: `09` and `'09` are 2009.
 *
 * @category parsing
 * @since 0.4.0
 */
export const fullYear = (written: string): number => {
  const digits = written.replace("'", "")
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits)
}

const monthNumber = (name: string): number => MONTHS.findIndex((month) => name.toLowerCase().startsWith(month)) + 1

const monthOf = (name: string, year: string): string => `${fullYear(year)}-${String(monthNumber(name)).padStart(2, "0")}`

/**
 * Whether a year, month and day name a day of the calendar (no 31 April, no 29 February outside
 * a leap year).
 *
 * @category predicates
 * @since 0.4.0
 */
export const isCalendarDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()

const dayOf = (year: number, month: number, day: number): Due | undefined =>
  isCalendarDay(year, month, day)
    ? { kind: "day", date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` }
    : undefined

// The first year of a pair, when the second follows it: 2013/14 → 2013; 2009/11 is no one year.
const startOfPair = (first: string, second: string): number | undefined => {
  const start = fullYear(first)
  const end = second.length === 4 ? Number(second) : Math.floor(start / 100) * 100 + Number(second)
  return end === start + 1 ? start : undefined
}

const lower = <Word extends string>(word: string | undefined): Word => (word ?? "").toLowerCase() as Word

type Rule = PhraseRule<Due>
const rule = (name: string, pattern: string, read: (match: RegExpExecArray) => Due | undefined): Rule => ({
  name,
  pattern: new RegExp(pattern, "iu"),
  read
})

/**
 * The grammar of due dates as councils print them, one rule per form: a day (`1 April 2010`,
 * `1st April 09`, `31-Mar-2020`, `31/03/2020` read day first as in England, `2010-03-31`), a month
 * (`July 09`, `Sept 08`), a range of months (`Sept 08 – July 09`) or of years (`2008-2011`), a
 * school term (`Summer term 2009`), a season (`Autumn 09`), a financial quarter (`Q3 2009/10`), an
 * academic year (`academic year 2009/10`), a financial year (`2013/14`, `16/17`), a year (`2010`,
 * `end of 2010`) and ongoing work (`Ongoing 6 monthly`, `onwards`).
 *
 * @category grammar
 * @since 0.4.0
 */
export const DATE_RULES: ReadonlyArray<Rule> = [
  rule("day", String.raw`${ORDINAL}(?:\s+of)?(?:\s+|-|\s?/\s?)${MONTH}(?:,?\s+|-|\s?/\s?)${YEAR}`, (found) =>
    dayOf(fullYear(found[3] ?? ""), monthNumber(found[2] ?? ""), Number(found[1]))
  ),
  rule("day", String.raw`${MONTH}\s+${ORDINAL},?\s+(\d{4})(?!\d)`, (found) =>
    dayOf(Number(found[3]), monthNumber(found[1] ?? ""), Number(found[2]))
  ),
  rule("day", String.raw`(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.]\d)`, (found) =>
    dayOf(fullYear(found[3] ?? ""), Number(found[2]), Number(found[1]))
  ),
  rule("day", String.raw`(\d{4})-(\d{2})-(\d{2})(?!\d)`, (found) => dayOf(Number(found[1]), Number(found[2]), Number(found[3]))),
  rule("month-range", String.raw`${MONTH}\s*(?:${YEAR})?\s*(?:–|—|-|to)\s*${MONTH}\s*${YEAR}`, (found) => ({
    kind: "range",
    from: monthOf(found[1] ?? "", found[2] ?? found[4] ?? ""),
    to: monthOf(found[3] ?? "", found[4] ?? "")
  })),
  rule("year-range", String.raw`(20\d{2})\s?(?:–|—|-|to)\s?(20\d{2})(?!\d)`, (found) =>
    Number(found[2]) > Number(found[1]) + 1 ? { kind: "range", from: `${found[1]}-01`, to: `${found[2]}-12` } : undefined
  ),
  rule("month", String.raw`${MONTH}\s*${YEAR}`, (found) => ({ kind: "month", month: monthOf(found[1] ?? "", found[2] ?? "") })),
  rule("term", String.raw`(autumn|spring|summer)\s+term\s*(?:of\s+)?${YEAR}`, (found) => ({
    kind: "term",
    term: lower(found[1]),
    year: fullYear(found[2] ?? "")
  })),
  rule("season", String.raw`(spring|summer|autumn|winter)\s*(?:of\s+)?${YEAR}`, (found) => ({
    kind: "season",
    season: lower(found[1]),
    year: fullYear(found[2] ?? "")
  })),
  rule("quarter", String.raw`(?:q|quarter\s?|qtr\s?)([1-4])\s*(?:of\s+)?${YEAR_PAIR}`, (found) => {
    const start = startOfPair(found[2] ?? "", found[3] ?? "")
    return start === undefined ? undefined : { kind: "quarter", quarter: Number(found[1]) as 1, financialYear: start }
  }),
  rule("academic-year", String.raw`(?:academic\s+year\s+${YEAR_PAIR}|${YEAR_PAIR}\s+academic(?:\s+year)?)`, (found) => {
    const start = startOfPair(found[1] ?? found[3] ?? "", found[2] ?? found[4] ?? "")
    return start === undefined ? undefined : { kind: "academic-year", startYear: start }
  }),
  rule("financial-year", String.raw`(?:(?:financial\s+year|fy)\s*)?${YEAR_PAIR}`, (found) => {
    const start = startOfPair(found[1] ?? "", found[2] ?? "")
    return start === undefined ? undefined : { kind: "financial-year", startYear: start }
  }),
  rule("year", String.raw`(?<!\d[/.-])(?:(?:the\s+)?end\s+of\s+)?(20\d{2})(?![\d/]|\s?[–—-]\s?\d)`, (found) => ({
    kind: "year",
    year: Number(found[1])
  })),
  rule(
    "ongoing",
    String.raw`(?:(?:and|&)\s+)?(?:ongoing|on-going|onwards)(?:\s*[-–,:]?\s*(\d+\s*monthly|monthly|termly|annually|yearly|weekly|quarterly|half[- ]termly))?`,
    (found) => ({ kind: "ongoing", cadence: found[1]?.replace(/\s+/gu, " ").toLowerCase() })
  )
]

/**
 * Every date phrase in a text, with the span each came from.
 *
 * @example
 * import { DatePhrase } from "@plan-ledger/core/adapters"
 * DatePhrase.datesIn("by 1 April 2010") // [{ rule: "day", span: { start: 3, end: 15 }, value: { kind: "day", date: "2010-04-01" } }]
 *
 * @category parsing
 * @since 0.4.0
 */
export const datesIn = (text: string): ReadonlyArray<Recognised<Due>> => scan(text, DATE_RULES)

/**
 * The first month or day a dated phrase covers, as `YYYY-MM` or `YYYY-MM-DD` (the start of
 * "April 2008 and ongoing").
 *
 * @category derivations
 * @since 0.4.0
 */
export const startOf = (due: Due): string | undefined => {
  switch (due.kind) {
    case "day":
      return due.date
    case "month":
      return due.month
    case "range":
      return due.from
    case "year":
      return `${due.year}-01`
    case "financial-year":
      return `${due.startYear}-04`
    case "academic-year":
      return `${due.startYear}-09`
    case "quarter":
      return `${due.quarter === 4 ? due.financialYear + 1 : due.financialYear}-${String((due.quarter * 3 + 1) % 12).padStart(2, "0")}`
    case "term":
    case "season":
    case "ongoing":
      return undefined
  }
}
