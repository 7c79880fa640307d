import { type Due, datesIn, startOf } from "./phrase/DatePhrase.js"
import type { Recognised } from "./phrase/PhraseScanner.js"
import { shifted, type TextSpan, type UnreadText } from "./phrase/TextSpan.js"

export type { Due } from "./phrase/DatePhrase.js"

/**
 * One dated step of a key action ("Training by December 08"): what it is (when the wording says),
 * when it is due, and the span of the printed text its date was read from.
 *
 * @category models
 * @since 0.2.0
 */
export interface Milestone {
  readonly label: string | undefined
  readonly due: Due
  readonly span: TextSpan
}

/**
 * A key action's target dates: the text as printed, the milestones read from it in order, the
 * parts of the text that carried no date (kept as stated), and the text no rule read — a part
 * with no date, or words shaped like a date that no date rule accepts (`31/02/2010`) — which
 * `check` reports.
 *
 * @category models
 * @since 0.2.0
 */
export interface TargetDates {
  readonly stated: string
  readonly milestones: ReadonlyArray<Milestone>
  readonly undatedText: ReadonlyArray<string>
  readonly unread: ReadonlyArray<UnreadText>
}

// Words that join a label to its date ("Training by December 08") and belong to neither.
const CONNECTOR = /\b(?:by|from|in|during|until|before|due|(?:by\s+)?(?:the\s+)?end\s+of)$/iu

// What a milestone is, once its date is taken out: "Training by December 08" → "Training".
const labelOf = (rest: string): string | undefined => {
  const trimmed = (text: string): string => text.replace(/^[\s–—\-:,.]+|[\s–—\-:,.]+$/gu, "")
  const label = trimmed(trimmed(rest).replace(CONNECTOR, ""))
  return label === "" ? undefined : label
}

// Words a label should not hold if no date rule read them: a month's name, a year, or digits
// written like a date ("31/02/2010", "Jully 2009" keeps its year).
const DATE_SHAPED =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*'?\d{2}\b|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b(?:19|20)\d{2}\b/iu

// "April 2008 and ongoing": a date followed by "and ongoing" or "onwards" is ongoing work from it.
const ONGOING_AFTER = /^\s*$/u

const joined = (dates: ReadonlyArray<Recognised<Due>>, segment: string): ReadonlyArray<Recognised<Due>> => {
  const result: Array<Recognised<Due>> = []
  for (const found of dates) {
    const previous = result.at(-1)
    const from = previous === undefined ? undefined : startOf(previous.value)
    if (
      previous !== undefined &&
      found.value.kind === "ongoing" &&
      from !== undefined &&
      ONGOING_AFTER.test(segment.slice(previous.span.end, found.span.start))
    ) {
      result[result.length - 1] = {
        rule: "ongoing-from",
        span: { start: previous.span.start, end: found.span.end },
        value: { kind: "ongoing", cadence: found.value.cadence, from }
      }
    } else {
      result.push(found)
    }
  }
  return result
}

// Every milestone of a segment, in order: each date with the words before it as its label
// ("December 08 April 09 July 10" is three milestones; "Training by December 08" one).
const milestonesIn = (
  segment: string,
  offset: number
): { readonly milestones: ReadonlyArray<Milestone>; readonly unread: ReadonlyArray<UnreadText> } => {
  const milestones: Array<Milestone> = []
  const unread: Array<UnreadText> = []
  const labelAt = (start: number, end: number): string | undefined => {
    const label = labelOf(segment.slice(start, end))
    if (label !== undefined && DATE_SHAPED.test(label)) unread.push({ span: shifted({ start, end }, offset), text: label })
    return label
  }
  let at = 0
  for (const found of joined(datesIn(segment), segment)) {
    milestones.push({ label: labelAt(at, found.span.start), due: found.value, span: shifted(found.span, offset) })
    at = found.span.end
  }
  const trailing = labelAt(at, segment.length)
  const last = milestones.at(-1)
  // Words after the last date describe it ("July 09 for the whole cluster").
  if (trailing !== undefined && last !== undefined && last.label === undefined)
    milestones[milestones.length - 1] = { ...last, label: trailing }
  return { milestones, unread }
}

// Where one milestone's wording ends: a sentence's full stop (not a month's: "Sept. 08"), ";" or
// a line break.
const SEGMENT_END = /(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\.(?:\s+|$)|;|\n/giu

/**
 * Reads target dates as councils write them: `July 09`, `by 1 April 2010`, `31-Mar-2020`, `Sept
 * 08 – July 09`, `Summer term 2009`, `Autumn 09`, `Q3 2009/10`, `2013/14` (the financial year:
 * due by its end), `2010`, `Ongoing`, `Ongoing 6 monthly`, `April 2008 and ongoing` (ongoing from
 * April 2008, never overdue), and several milestones in one cell (`Training by December 08. Fully
 * functioning July 09.`). Sentences, `;` and line breaks separate milestones; text with no date
 * is kept as stated, never given one, and listed as unread.
 *
 * @example
 * import { TargetDate } from "@plan-ledger/core"
 * TargetDate.parse("Training by December 08. Fully functioning July 09.").milestones
 * // [{ label: "Training", due: { kind: "month", month: "2008-12" }, span: … },
 * //  { label: "Fully functioning", due: { kind: "month", month: "2009-07" }, span: … }]
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (stated: string): TargetDates => {
  const milestones: Array<Milestone> = []
  const undatedText: Array<string> = []
  const unread: Array<UnreadText> = []
  let at = 0
  for (const end of [...stated.matchAll(SEGMENT_END), undefined]) {
    const stop = end === undefined ? stated.length : (end.index ?? 0)
    const segment = stated.slice(at, stop)
    const text = segment.trim()
    if (text !== "") {
      const found = milestonesIn(segment, at)
      if (found.milestones.length === 0) {
        undatedText.push(text)
        const start = at + segment.indexOf(text)
        unread.push({ span: { start, end: start + text.length }, text })
      } else {
        milestones.push(...found.milestones)
        unread.push(...found.unread)
      }
    }
    at = stop + (end?.[0].length ?? 0)
  }
  return { stated, milestones, undatedText, unread }
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
// The last month of each quarter of a financial year that starts in April.
const QUARTER_ENDS = { 1: "06", 2: "09", 3: "12", 4: "03" } as const

/**
 * The last day a milestone can be met (`YYYY-MM-DD`): the day itself, or the end of its month,
 * range, term, season, quarter, financial year (31 March), academic year (31 August) or year;
 * `undefined` for ongoing work, which is never overdue.
 *
 * @category derivations
 * @since 0.2.0
 */
export const dueBy = (due: Due): string | undefined => {
  switch (due.kind) {
    case "day":
      return due.date
    case "month":
      return lastDayOf(due.month)
    case "range":
      return lastDayOf(due.to)
    case "term":
      return lastDayOf(`${due.year}-${TERM_ENDS[due.term]}`)
    case "season":
      return lastDayOf(`${due.season === "winter" ? due.year + 1 : due.year}-${SEASON_ENDS[due.season]}`)
    case "quarter":
      return lastDayOf(`${due.quarter === 4 ? due.financialYear + 1 : due.financialYear}-${QUARTER_ENDS[due.quarter]}`)
    case "financial-year":
      return `${due.startYear + 1}-03-31`
    case "academic-year":
      return `${due.startYear + 1}-08-31`
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
