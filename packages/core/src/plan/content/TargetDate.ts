/**
 * When a milestone is due, as far as its wording says: a month, a range of months, a school term
 * or season, a year, or ongoing (with its cadence when one is stated). Only what is written is
 * read; nothing is invented.
 *
 * @category models
 * @since 0.2.0
 */
export type Due =
  | { readonly kind: "month"; readonly month: string }
  | { readonly kind: "range"; readonly from: string; readonly to: string }
  | { readonly kind: "term"; readonly term: "autumn" | "spring" | "summer"; readonly year: number }
  | { readonly kind: "season"; readonly season: "spring" | "summer" | "autumn" | "winter"; readonly year: number }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "ongoing"; readonly cadence: string | undefined }

/**
 * One dated step of a key action ("Training by December 08"): what it is (when the wording says)
 * and when it is due.
 *
 * @category models
 * @since 0.2.0
 */
export interface Milestone {
  readonly label: string | undefined
  readonly due: Due
}

/**
 * A key action's target dates: the text as printed, the milestones read from it in order, and
 * whether any part of the text carried no date at all (kept as stated).
 *
 * @category models
 * @since 0.2.0
 */
export interface TargetDates {
  readonly stated: string
  readonly milestones: ReadonlyArray<Milestone>
  readonly undatedText: ReadonlyArray<string>
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const YEAR = String.raw`('?\d{2}|\d{4})(?!\d)`
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s*${YEAR}`, "iu")
const MONTH_RANGE = new RegExp(String.raw`\b${MONTH}\s*(?:${YEAR})?\s*(?:–|—|-|to)\s*${MONTH}\s*${YEAR}`, "iu")
const TERM = new RegExp(String.raw`\b(autumn|spring|summer)\s+term\s*(?:${YEAR})?`, "iu")
const SEASON = new RegExp(String.raw`\b(spring|summer|autumn|winter)\s*${YEAR}`, "iu")
const YEAR_ONLY = /\b(?:by\s+(?:the\s+)?end\s+of\s+)?(20\d{2})\b(?!\s*[-–/]\s*\d)/iu
const ONGOING = /\bongoing\b(?:\s*[-–,:]?\s*(\d+\s*monthly|monthly|termly|annually|yearly|weekly|quarterly|half[- ]termly))?/iu

const fullYear = (written: string): number => {
  const digits = written.replace("'", "")
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits)
}

const monthOf = (name: string, year: string): string => {
  const index = MONTHS.findIndex((month) => name.toLowerCase().startsWith(month)) + 1
  return `${fullYear(year)}-${String(index).padStart(2, "0")}`
}

// Reads the first date-like phrase of a segment: what it says, where it starts and ends.
const firstDueIn = (segment: string): { readonly due: Due; readonly start: number; readonly end: number } | undefined => {
  const at = (found: RegExpExecArray, due: Due) => ({ due, start: found.index, end: found.index + found[0].length })
  const range = MONTH_RANGE.exec(segment)
  const month = MONTH_YEAR.exec(segment)
  // A range wins over the month that starts it; otherwise the earliest phrase is read first.
  if (range !== null && (month === null || range.index <= month.index)) {
    const [, fromMonth = "", fromYear, toMonth = "", toYear = ""] = range
    return at(range, { kind: "range", from: monthOf(fromMonth, fromYear ?? toYear), to: monthOf(toMonth, toYear) })
  }
  if (month !== null) return at(month, { kind: "month", month: monthOf(month[1] ?? "", month[2] ?? "") })
  const term = TERM.exec(segment)
  if (term !== null && term[2] !== undefined)
    return at(term, { kind: "term", term: (term[1] ?? "").toLowerCase() as "autumn", year: fullYear(term[2]) })
  const season = SEASON.exec(segment)
  if (season !== null)
    return at(season, { kind: "season", season: (season[1] ?? "").toLowerCase() as "spring", year: fullYear(season[2] ?? "") })
  const year = YEAR_ONLY.exec(segment)
  if (year !== null) return at(year, { kind: "year", year: Number(year[1]) })
  const ongoing = ONGOING.exec(segment)
  if (ongoing !== null) return at(ongoing, { kind: "ongoing", cadence: ongoing[1]?.replace(/\s+/gu, " ").toLowerCase() })
  return undefined
}

// Every milestone of a segment, in order: each date with the words before it as its label
// ("December 08 April 09 July 10" is three milestones; "Training by December 08" one).
const milestonesIn = (segment: string): ReadonlyArray<Milestone> => {
  const milestones: Array<Milestone> = []
  let rest = segment
  for (let found = firstDueIn(rest); found !== undefined; found = firstDueIn(rest)) {
    milestones.push({ label: labelOf(rest.slice(0, found.start)), due: found.due })
    rest = rest.slice(found.end)
  }
  const trailing = labelOf(rest)
  const last = milestones.at(-1)
  // Words after the last date describe it ("July 09 and ongoing" keeps "and ongoing" on July).
  if (trailing !== undefined && last !== undefined && last.label === undefined)
    milestones[milestones.length - 1] = { label: trailing, due: last.due }
  return milestones
}

// What a milestone is, once its date is taken out: "Training by December 08" → "Training".
const labelOf = (rest: string): string | undefined => {
  const trimmed = (text: string): string => text.replace(/^[\s–—\-:,.]+|[\s–—\-:,.]+$/gu, "")
  const label = trimmed(trimmed(rest).replace(/\b(?:by|from|in|during|until|before)$/iu, ""))
  return label === "" ? undefined : label
}

/**
 * Reads target dates as councils write them: `July 09`, `Sept 08 – July 09`, `Summer term 2009`,
 * `Autumn 09`, `2010`, `Ongoing`, `Ongoing 6 monthly`, and several milestones in one cell
 * (`Training by December 08. Fully functioning July 09.`). Sentences, `;` and line breaks separate
 * milestones; text with no date is kept as stated, never given one.
 *
 * @example
 * import { TargetDate } from "@plan-ledger/core"
 * TargetDate.parse("Training by December 08. Fully functioning July 09.").milestones
 * // [{ label: "Training", due: { kind: "month", month: "2008-12" } },
 * //  { label: "Fully functioning", due: { kind: "month", month: "2009-07" } }]
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (stated: string): TargetDates => {
  const milestones: Array<Milestone> = []
  const undatedText: Array<string> = []
  for (const segment of stated.split(/(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\.(?:\s+|$)|;|\n/iu)) {
    const text = segment.trim()
    if (text === "") continue
    const found = milestonesIn(text)
    if (found.length === 0) undatedText.push(text)
    else milestones.push(...found)
  }
  return { stated, milestones, undatedText }
}

const lastDayOf = (month: string): string => {
  const [year = 0, monthNumber = 1] = month.split("-").map(Number)
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()
  return `${month}-${String(day).padStart(2, "0")}`
}

// The last day of each school term and season (terms as Kent schools keep them: autumn ends in
// December, spring at the end of March, summer in July).
const TERM_ENDS = { autumn: "12", spring: "03", summer: "07" } as const
const SEASON_ENDS = { spring: "05", summer: "08", autumn: "11", winter: "02" } as const

/**
 * The last day a milestone can be met (`YYYY-MM-DD`): the end of its month, range, term, season
 * or year; `undefined` for ongoing work, which is never overdue.
 *
 * @category derivations
 * @since 0.2.0
 */
export const dueBy = (due: Due): string | undefined => {
  switch (due.kind) {
    case "month":
      return lastDayOf(due.month)
    case "range":
      return lastDayOf(due.to)
    case "term":
      return lastDayOf(`${due.year}-${TERM_ENDS[due.term]}`)
    case "season":
      return lastDayOf(`${due.season === "winter" ? due.year + 1 : due.year}-${SEASON_ENDS[due.season]}`)
    case "year":
      return `${due.year}-12-31`
    case "ongoing":
      return undefined
  }
}

/**
 * The date by which the whole action is due: the latest `dueBy` of its milestones, or `undefined`
 * when none is dated (ongoing, or only undated text).
 *
 * @category derivations
 * @since 0.2.0
 */
export const finalDueBy = (dates: TargetDates): string | undefined =>
  dates.milestones
    .map((milestone) => dueBy(milestone.due))
    .filter((day): day is string => day !== undefined)
    .sort()
    .at(-1)
