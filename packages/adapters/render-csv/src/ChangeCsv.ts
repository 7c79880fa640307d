import { Fte, Money, type PlanDiff, type PlanField, type PlanHistory, type SourceReference, Unit } from "@plan-ledger/core"
import { match } from "ts-pattern"
import { csvDocument } from "./CsvCell.js"

const sourceText = (source: SourceReference | undefined): string =>
  source === undefined ? "" : [source.document, source.table, source.page].filter((part) => part !== undefined).join(" / ")

/**
 * A plan's history as CSV: one row per event, with its provenance and one-line summary.
 *
 * @category renderers
 * @since 0.2.0
 */
export const historyCsv = (entries: ReadonlyArray<PlanHistory.HistoryEntry>): string =>
  csvDocument(
    ["revision", "recorded_at", "effective_date", "type", "subject", "summary", "actor", "reason", "authority", "source"],
    entries.map((entry) => [
      String(entry.streamRevision),
      entry.recordedAt,
      entry.effectiveDate,
      entry.type,
      entry.subject,
      entry.summary,
      entry.actor,
      entry.reason,
      entry.authority ?? "",
      sourceText(entry.source)
    ])
  )

// A value exactly, in the unit the next column names: money in £000 and FTE without thousands
// separators (as the importers read them), an indicator value as reported, text as stated.
const valueCells = (value: PlanField.FieldValue | undefined): readonly [string, string] =>
  value === undefined
    ? ["", ""]
    : match(value)
        .with({ _tag: "Money" }, ({ amount }): readonly [string, string] => [Money.formatThousandsExact(amount).replace(/,/g, ""), "£000"])
        .with({ _tag: "Fte" }, ({ fte }): readonly [string, string] => [Fte.formatExact(fte).replace(/,/g, ""), "FTE"])
        .with({ _tag: "Indicator" }, ({ value: reported, unit }): readonly [string, string] => [String(reported), unit])
        .with({ _tag: "Text" }, ({ text }): readonly [string, string] => [text, ""])
        .exhaustive()

/**
 * A plan's diff as CSV: one row per difference, its causes' revisions, actors, reasons and
 * authorities listed in their cells, separated by `; `.
 *
 * @category renderers
 * @since 0.2.0
 */
export const diffCsv = (view: PlanDiff.PlanDiff): string =>
  csvDocument(
    [
      "change",
      "subject_kind",
      "subject_id",
      "subject",
      "measure",
      "before",
      "after",
      "unit",
      "revisions",
      "recorded_at",
      "effective_dates",
      "actors",
      "reasons",
      "authorities"
    ],
    view.differences.map((difference) => {
      const [before, beforeUnit] = valueCells(difference.before)
      const [after, afterUnit] = valueCells(difference.after)
      const causes = (pick: (cause: PlanDiff.Cause) => string): string => difference.causes.map(pick).join("; ")
      return [
        difference.change,
        difference.subject.kind,
        difference.subject.id,
        Unit.labelInUnit(difference.subject.name, difference.subject.unit),
        difference.measure,
        before,
        after,
        afterUnit === "" ? beforeUnit : afterUnit,
        causes((cause) => `${cause.streamRevision}${cause.direction === "withdrawn" ? " (withdrawn)" : ""}`),
        causes((cause) => cause.recordedAt),
        causes((cause) => cause.effectiveDate),
        causes((cause) => cause.actor),
        causes((cause) => cause.reason),
        causes((cause) => cause.authority ?? "")
      ]
    })
  )
