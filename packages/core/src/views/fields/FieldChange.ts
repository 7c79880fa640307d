import { labelInUnit } from "../../plan/Unit.js"
import { type FieldSubject, type FieldValue, formatValue, NAME, type PlanField, PROGRESS, sameValue } from "../../plan/views/PlanField.js"

/**
 * How a field differs between two states of a plan. A change to a subject's name is a rename:
 * its identity (and every other field) carries over.
 *
 * @category models
 * @since 0.2.0
 */
export type ChangeKind = "added" | "removed" | "changed" | "renamed"

/**
 * One field that differs between two states of a plan, with its value before and after
 * (`undefined` where the field did not exist).
 *
 * @category models
 * @since 0.2.0
 */
export interface FieldChange {
  readonly key: string
  readonly change: ChangeKind
  /** The subject as it stands after the change (before it, for a removal). */
  readonly subject: FieldSubject
  readonly measure: string
  readonly before: FieldValue | undefined
  readonly after: FieldValue | undefined
}

/**
 * Every field that differs between two lists of fields, in the order of `after` and then the
 * fields only `before` has.
 *
 * @category projections
 * @since 0.2.0
 */
export const changesBetween = (before: ReadonlyArray<PlanField>, after: ReadonlyArray<PlanField>): Array<FieldChange> => {
  const earlier = new Map(before.map((field) => [field.key, field]))
  const later = new Set(after.map((field) => field.key))
  const changes: Array<FieldChange> = []
  for (const field of after) {
    const previous = earlier.get(field.key)
    if (previous !== undefined && sameValue(previous.value, field.value)) continue
    changes.push({
      key: field.key,
      change: previous === undefined ? "added" : field.measure === NAME ? "renamed" : "changed",
      subject: field.subject,
      measure: field.measure,
      before: previous?.value,
      after: field.value
    })
  }
  for (const field of before) {
    if (!later.has(field.key))
      changes.push({
        key: field.key,
        change: "removed",
        subject: field.subject,
        measure: field.measure,
        before: field.value,
        after: undefined
      })
  }
  return changes
}

const phrase = (change: FieldChange): string => {
  const before = change.before === undefined ? "" : formatValue(change.before)
  const after = change.after === undefined ? "" : formatValue(change.after)
  if (change.change === "renamed") return `renamed ${before} → ${after}`
  if (change.change === "added") return `${change.measure} ${after}`
  if (change.change === "removed") return `${change.measure} ${before} removed`
  return `${change.measure} ${before} → ${after}`
}

const subjectKey = (change: FieldChange): string => `${change.subject.kind}|${change.subject.id}`

// One subject's changes in one phrase: its name, then each change; a new status of a key action
// that changes with other fields reads as a note on them ("… July 09 → December 09 (slipped)").
const subjectPhrase = (changes: ReadonlyArray<FieldChange>): string => {
  const [first] = changes
  if (first === undefined) return ""
  const { kind, name, label, unit } = first.subject
  if (changes.every((change) => change.change === "added"))
    return `${kind === "plan" ? "drafted" : "added"} ${kind} ${labelInUnit(name, unit)}`
  if (changes.every((change) => change.change === "removed")) return `removed ${kind} ${labelInUnit(name, unit)}`
  const status = changes.find((change) => change.measure === PROGRESS && change.after !== undefined)
  const others = changes.filter((change) => change !== status || changes.length === 1)
  const phrases = others.map(phrase)
  const text = others[0]?.change === "renamed" ? phrases.join(", ") : `${label} ${phrases.join(", ")}`
  return status === undefined || others.includes(status) || status.after === undefined ? text : `${text} (${formatValue(status.after)})`
}

/**
 * A one-line summary of changes in the table's own words, subject by subject:
 * `Behaviour Service employee costs £849.1k → £870.1k`,
 * `action FAM2.3 target date July 09 → December 09 (slipped)`, `renamed Clusterboards → Partnership boards`,
 * `added budget line Behaviour Service`, `drafted plan LCSP Service Level Business Plan 2009/10`. Empty when nothing changed.
 *
 * @category formatting
 * @since 0.2.0
 */
export const summarise = (changes: ReadonlyArray<FieldChange>): string => {
  const bySubject = new Map<string, Array<FieldChange>>()
  for (const change of changes) {
    const key = subjectKey(change)
    bySubject.set(key, [...(bySubject.get(key) ?? []), change])
  }
  return [...bySubject.values()].map(subjectPhrase).join("; ")
}
