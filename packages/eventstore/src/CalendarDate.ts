import { Schema } from "effect"

/**
 * Why text shaped `YYYY-MM-DD` is not a day of the calendar (`2009-02-31`: "February 2009 has 28
 * days"), or `undefined` when it is one or is not shaped like a date at all. The shape alone is
 * never taken for a date.
 *
 * @category predicates
 * @since 0.4.0
 */
export function calendarDateProblem(text: string): string | undefined {
  const found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (found === null) return undefined
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])]
  if (month < 1 || month > 12) return `there is no month ${found[2] ?? ""}`
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days)
    return `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${year} has ${days} days`
  return undefined
}

/**
 * A calendar date written `YYYY-MM-DD`, a day the calendar has: the business date an event takes
 * effect. Dates are kept as text so they never shift with a time zone.
 *
 * @category models
 * @since 0.1.0
 */
export const CalendarDate = Schema.String.check(
  Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: "expected a date written YYYY-MM-DD" }),
  Schema.makeFilter((text: string) => calendarDateProblem(text) === undefined, {
    message: "expected a day of the calendar (no 31 April, no 29 February outside a leap year)"
  })
).pipe(Schema.brand("CalendarDate"))

/**
 * @category models
 * @since 0.1.0
 */
export type CalendarDate = typeof CalendarDate.Type
