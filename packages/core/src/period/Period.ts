import { CalendarDate, calendarDateProblem } from "@plan-ledger/eventstore"
import { Option, Schema } from "effect"
import { match } from "ts-pattern"

/**
 * A calendar date written `YYYY-MM-DD`: the business dates of the ledger (effective dates,
 * approval dates, period bounds), the event store's own date. Dates are kept as text so they never
 * shift with a time zone.
 *
 * @category models
 * @since 0.1.0
 */
export { CalendarDate, calendarDateProblem }

const yearPairPattern = /^(\d{4})\/(\d{2})$/

/**
 * Whether a label is a year pair such as `2009/10`, the second year following the first.
 *
 * @category predicates
 * @since 0.1.0
 */
export const isYearPair = (label: string): boolean => {
  const found = yearPairPattern.exec(label)
  if (found === null) return false
  const [, first = "", second = ""] = found
  return (Number(first) + 1) % 100 === Number(second)
}

/**
 * A year pair written `2009/10`, where the second year follows the first.
 *
 * @category models
 * @since 0.1.0
 */
export const YearPair = Schema.String.check(
  Schema.makeFilter(isYearPair, { message: "expected a year pair such as 2009/10, the second year following the first" })
)

/**
 * A council financial year, April to March, written `2009/10`.
 *
 * @category models
 * @since 0.1.0
 */
export const FinancialYear = Schema.TaggedStruct("FinancialYear", { year: YearPair })

/**
 * An academic year, September to August, written `2008/09`.
 *
 * @category models
 * @since 0.1.0
 */
export const AcademicYear = Schema.TaggedStruct("AcademicYear", { year: YearPair })

/**
 * A span of several years with explicit bounds, such as a local children and young people's
 * plan running September 2008 to August 2011.
 *
 * @category models
 * @since 0.1.0
 */
export const MultiYear = Schema.TaggedStruct("MultiYear", { from: CalendarDate, to: CalendarDate })

/**
 * The period a plan, a budget or an indicator value covers.
 *
 * @category models
 * @since 0.1.0
 */
export const Period = Schema.Union([FinancialYear, AcademicYear, MultiYear])

/**
 * @category models
 * @since 0.1.0
 */
export type Period = typeof Period.Type

const firstYear = (year: string): number => Number(year.slice(0, 4))

/**
 * The first day of a period (1 April for a financial year, 1 September for an academic year).
 *
 * @category accessors
 * @since 0.1.0
 */
export const startDate = (period: Period): string =>
  match(period)
    .with({ _tag: "FinancialYear" }, ({ year }) => `${firstYear(year)}-04-01`)
    .with({ _tag: "AcademicYear" }, ({ year }) => `${firstYear(year)}-09-01`)
    .with({ _tag: "MultiYear" }, ({ from }) => from)
    .exhaustive()

/**
 * The last day of a period (31 March for a financial year, 31 August for an academic year).
 *
 * @category accessors
 * @since 0.1.0
 */
export const endDate = (period: Period): string =>
  match(period)
    .with({ _tag: "FinancialYear" }, ({ year }) => `${firstYear(year) + 1}-03-31`)
    .with({ _tag: "AcademicYear" }, ({ year }) => `${firstYear(year) + 1}-08-31`)
    .with({ _tag: "MultiYear" }, ({ to }) => to)
    .exhaustive()

/**
 * A short label for a period: `2009/10`, `2008/09 academic`, `2008-09-01 to 2011-08-31`.
 *
 * @category formatting
 * @since 0.1.0
 */
export const label = (period: Period): string =>
  match(period)
    .with({ _tag: "FinancialYear" }, ({ year }) => year)
    .with({ _tag: "AcademicYear" }, ({ year }) => `${year} academic`)
    .with({ _tag: "MultiYear" }, ({ from, to }) => `${from} to ${to}`)
    .exhaustive()

/**
 * The heading of a budget table's prior-year columns, as the council prints it: `2008-09` for
 * 2009/10 (financial or academic), "Prior period" for a plan spanning several years.
 *
 * @example
 * import { Period } from "@plan-ledger/core"
 * Period.priorYearLabel(Period.financialYear("2009/10")) // "2008-09"
 *
 * @category formatting
 * @since 0.3.0
 */
export const priorYearLabel = (period: Period): string =>
  match(period)
    .with({ _tag: "FinancialYear" }, { _tag: "AcademicYear" }, ({ year }) => {
      const first = Number(year.slice(0, 4)) - 1
      return `${first}-${String((first + 1) % 100).padStart(2, "0")}`
    })
    .with({ _tag: "MultiYear" }, () => "Prior period")
    .exhaustive()

/**
 * A financial year from its label.
 *
 * @category constructors
 * @since 0.1.0
 */
export const financialYear = (year: string): Period => FinancialYear.make({ year })

/**
 * An academic year from its label.
 *
 * @category constructors
 * @since 0.1.0
 */
export const academicYear = (year: string): Period => AcademicYear.make({ year })

/**
 * Whether two periods are the same period.
 *
 * @category predicates
 * @since 0.1.0
 */
export const equals = (left: Period, right: Period): boolean =>
  left._tag === right._tag && startDate(left) === startDate(right) && endDate(left) === endDate(right)

/**
 * A calendar date read from text written `YYYY-MM-DD`, or `undefined` when the text is not one.
 *
 * @category constructors
 * @since 0.2.0
 */
export const parseCalendarDate = (text: string): CalendarDate | undefined =>
  Option.getOrUndefined(Schema.decodeUnknownOption(CalendarDate)(text))

/**
 * A period read from how people write one: `2009/10` is a financial year, `2008/09 academic` an
 * academic year, and `2008-09-01..2011-08-31` a multi-year period (a local children and young
 * people's plan runs 1 September 2008 to 31 August 2011). `undefined` for anything else.
 *
 * @example
 * import { Period } from "@plan-ledger/core"
 * Period.fromText("2008-09-01..2011-08-31") // { _tag: "MultiYear", from: "2008-09-01", to: "2011-08-31" }
 *
 * @category constructors
 * @since 0.2.0
 */
export const fromText = (text: string): Period | undefined => {
  const written = text.trim()
  if (isYearPair(written)) return financialYear(written)
  const academic = /^(\d{4}\/\d{2})\s+academic$/iu.exec(written)
  if (academic?.[1] !== undefined && isYearPair(academic[1])) return academicYear(academic[1])
  const [from, to, ...rest] = written.split("..")
  const start = from === undefined ? undefined : parseCalendarDate(from.trim())
  const end = to === undefined ? undefined : parseCalendarDate(to.trim())
  return start !== undefined && end !== undefined && rest.length === 0 && start < end ? MultiYear.make({ from: start, to: end }) : undefined
}
