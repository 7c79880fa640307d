import { type FieldChange, Fte, Money, type PlanDiff, type PlanField, type PlanHistory } from "@plan-ledger/core"
import { match } from "ts-pattern"

// A value as JSON: money in pounds and FTE as numbers computed from the exact figures, an
// indicator value as reported, text as stated; `valueType` says which.
const valueJson = (value: PlanField.FieldValue | undefined): number | string | null =>
  value === undefined
    ? null
    : match(value)
        .with({ _tag: "Money" }, ({ amount }) => Money.toPounds(amount))
        .with({ _tag: "Fte" }, ({ fte }) => Fte.toNumber(fte))
        .with({ _tag: "Indicator" }, ({ value: reported }) => reported)
        .with({ _tag: "Text" }, ({ text }) => text)
        .exhaustive()

const valueType = (change: FieldChange): string => {
  const value = change.after ?? change.before
  if (value === undefined) return "text"
  return match(value)
    .with({ _tag: "Money" }, () => "pounds")
    .with({ _tag: "Fte" }, () => "fte")
    .with({ _tag: "Indicator" }, ({ unit }) => unit)
    .with({ _tag: "Text" }, () => "text")
    .exhaustive()
}

const changeJson = (change: FieldChange) => ({
  key: change.key,
  change: change.change,
  subject: change.subject,
  measure: change.measure,
  valueType: valueType(change),
  before: valueJson(change.before),
  after: valueJson(change.after)
})

/**
 * A plan's history in the JSON contract of `docs/cli.md`: every entry with its provenance, its
 * one-line summary and its changes field by field.
 *
 * @category contract
 * @since 0.2.0
 */
export const historyJson = (planId: string, entries: ReadonlyArray<PlanHistory.HistoryEntry>) => ({
  plan: planId,
  history: entries.map((entry) => ({
    ...entry,
    authority: entry.authority ?? null,
    source: entry.source ?? null,
    changes: entry.changes.map(changeJson)
  }))
})

const pointJson = ({ label, point }: PlanDiff.DiffPoint) => ({
  label,
  recordedUpTo: point.recordedUpTo ?? null,
  effectiveOn: point.effectiveOn ?? null
})

/**
 * A plan's diff in the JSON contract of `docs/cli.md`: both points and every difference with its
 * value before and after and the events that caused it.
 *
 * @category contract
 * @since 0.2.0
 */
export const diffJson = (view: PlanDiff.PlanDiff) => ({
  plan: view.planId,
  title: view.title,
  from: pointJson(view.from),
  to: pointJson(view.to),
  differences: view.differences.map((difference) => ({
    ...changeJson(difference),
    causes: difference.causes.map((cause) => ({ ...cause, authority: cause.authority ?? null, source: cause.source ?? null }))
  }))
})
