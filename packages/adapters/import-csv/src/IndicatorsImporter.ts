import { type IndicatorQualifier, Period, type PlanCommand } from "@plan-ledger/core"
import { type Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, shown, type TableFormat } from "./Table.js"

/**
 * The KPI table's columns.
 *
 * @category formats
 * @since 0.1.0
 */
export const INDICATORS_FORMAT: TableFormat = {
  name: "indicators",
  required: ["code", "title", "unit", "polarity", "period", "kind", "value"],
  optional: ["qualifier", "note", "numerator", "denominator", "categories"]
}

/**
 * Options of the indicator importer: the area the values are for (default: the plan's id).
 *
 * @category models
 * @since 0.1.0
 */
export interface IndicatorImportOptions {
  readonly area?: string
}

const UNITS = ["percent", "count", "rate-per-1000", "points"] as const
const POLARITIES = ["higher-is-better", "lower-is-better"] as const
const KINDS = ["actual", "estimate", "target", "unavailable", "unavailable-actual", "unavailable-estimate", "unavailable-target"] as const
const QUALIFIERS: ReadonlyArray<IndicatorQualifier> = ["provisional", "min", "academic-year"]

/**
 * Imports a KPI table: each indicator's definition (once per code) and its values. `kind`
 * `unavailable` (or `unavailable-estimate`, `unavailable-target`) records a value that is not
 * available, with the reason from `note` — never a zero. `period` is a year pair (`2009/10`): a
 * financial year, or an academic year when the qualifier says `academic-year`. `numerator` and
 * `denominator`, both or neither, are the counts a percentage or rate was computed from (what lets
 * it be added up across partnerships). `categories` (separated by `;`) are the groups the plan files the
 * indicator under, such as LAA; every row of one indicator gives the same.
 *
 * @category importers
 * @since 0.1.0
 */
export const importIndicators: Importer<IndicatorImportOptions & CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const area = options.area ?? planId
  const definitions = new Map<string, { readonly line: number; readonly key: string }>()
  const reports = new Map<string, { readonly line: number; readonly said: string }>()
  const { rows, problems } = readTable(fileName, source, options, INDICATORS_FORMAT, (row): ReadonlyArray<PlanCommand> | undefined => {
    const code = row.requiredText("code", "the indicator code, such as NI 117")
    const title = row.requiredText("title", "the indicator's title")
    const unit = row.choice("unit", UNITS)
    const polarity = row.choice("polarity", POLARITIES)
    const kind = row.choice("kind", KINDS)
    const periodText = row.requiredText("period", "a year pair such as 2009/10")
    const qualifiers = (row.text("qualifier") ?? "").split(/[\s;]+/).filter((word) => word !== "")
    const categories = (row.text("categories") ?? "")
      .split(";")
      .map((category) => category.trim())
      .filter((category) => category !== "")
    const unknownQualifier = qualifiers.find((word) => !(QUALIFIERS as ReadonlyArray<string>).includes(word))
    if (unknownQualifier !== undefined)
      row.report("qualifier", `${shown(unknownQualifier)} is not a qualifier`, `any of ${QUALIFIERS.join(", ")}, separated by spaces`)
    let period: Period.Period | undefined
    if (periodText !== undefined) {
      if (!Period.isYearPair(periodText)) {
        row.report("period", `${shown(periodText)} is not a year pair`, "a year pair such as 2009/10, the second year following the first")
      } else {
        period = qualifiers.includes("academic-year") ? Period.academicYear(periodText) : Period.financialYear(periodText)
      }
    }
    // A row reads only what its kind records: a value row its value and the counts behind it, an
    // unavailable row its reason; a value, count or note on the other kind of row is refused by
    // the table as a cell that would be lost.
    const unavailable = kind?.startsWith("unavailable") === true
    const value = unavailable ? undefined : row.number("value")
    const reason = unavailable ? row.text("note") : undefined
    const numerator = unavailable ? undefined : row.number("numerator")
    const denominator = unavailable ? undefined : row.number("denominator")
    const basisGiven = unavailable ? 0 : [row.text("numerator"), row.text("denominator")].filter((text) => text !== undefined).length
    const basisUnreadable = basisGiven === 2 && (numerator === undefined || denominator === undefined)
    const basisImpossible =
      basisGiven === 1 || (numerator !== undefined && numerator < 0) || (denominator !== undefined && denominator <= 0)
    if (basisImpossible && !basisUnreadable)
      row.report(
        row.text("numerator") === undefined || (numerator !== undefined && numerator < 0) ? "numerator" : "denominator",
        "the counts behind the value are incomplete or impossible",
        "both numerator (0 or more) and denominator (more than 0), or neither"
      )
    const basisProblem = basisUnreadable || basisImpossible
    if (
      code === undefined ||
      title === undefined ||
      unit === undefined ||
      polarity === undefined ||
      kind === undefined ||
      period === undefined ||
      unknownQualifier !== undefined ||
      basisProblem
    )
      return undefined
    // One value per indicator, period and kind: a second row for them would replace the first
    // when recorded, so it is refused unless it repeats the first word for word.
    const valueKind =
      kind === "unavailable-estimate" || kind === "estimate"
        ? "estimate"
        : kind === "unavailable-target" || kind === "target"
          ? "target"
          : "actual"
    const reported = JSON.stringify([code, Period.label(period), valueKind])
    const said = JSON.stringify([kind, value, reason, qualifiers, numerator, denominator])
    const earlier = reports.get(reported)
    if (earlier !== undefined && earlier.said !== said) {
      row.report(
        "kind",
        `indicator ${shown(code)} already has ${valueKind === "actual" ? "an" : "a"} ${valueKind} for ${Period.label(period)} on ${row.lineName(earlier.line)}, which this row would replace`,
        "one row per indicator, period and kind — keep the figure the plan reports"
      )
      return undefined
    }
    if (earlier === undefined) reports.set(reported, { line: row.line, said })
    const commands: Array<PlanCommand> = []
    const key = JSON.stringify([title, unit, polarity, categories])
    const defined = definitions.get(code)
    if (defined === undefined) {
      definitions.set(code, { line: row.line, key })
      commands.push({ _tag: "AddPlanIndicator", planId, code, title, unit, polarity, categories, area })
    } else if (defined.key !== key) {
      row.report(
        "title",
        `indicator ${shown(code)} is defined differently than on ${row.lineName(defined.line)}`,
        "the same title, unit, polarity and categories on every row of one indicator"
      )
      return undefined
    }
    if (kind.startsWith("unavailable")) {
      if (reason === undefined) {
        row.report("note", "an unavailable value has no reason", "the reason in the note column, such as To follow")
        return undefined
      }
      const missingKind = kind === "unavailable-estimate" ? "estimate" : kind === "unavailable-target" ? "target" : "actual"
      commands.push({ _tag: "ReportIndicatorUnavailable", planId, code, area, period, kind: missingKind, reason })
      return commands
    }
    if (value === undefined) {
      if (row.text("value") === undefined) row.report("value", "value is blank", `a number, or kind unavailable with the reason in note`)
      return undefined
    }
    commands.push({
      _tag: "ReportIndicatorValue",
      planId,
      code,
      area,
      period,
      kind: kind as "actual" | "estimate" | "target",
      value,
      qualifiers: qualifiers as Array<IndicatorQualifier>,
      ...(numerator === undefined || denominator === undefined ? {} : { basis: { numerator, denominator } })
    })
    return commands
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows.flat(), rows: rows.length }
}
