import { match } from "ts-pattern"
import * as Fte from "../../money/Fte.js"
import * as Money from "../../money/Money.js"
import type { IndicatorUnit } from "../indicators/events.js"

/**
 * One value a plan holds, exact: an amount of money, an FTE, an indicator value with its unit, or
 * text as the plan states it.
 *
 * @category models
 * @since 0.2.0
 */
export type FieldValue =
  | { readonly _tag: "Money"; readonly amount: Money.Pence }
  | { readonly _tag: "Fte"; readonly fte: Fte.Fte }
  | { readonly _tag: "Indicator"; readonly value: number; readonly unit: typeof IndicatorUnit.Type }
  | { readonly _tag: "Text"; readonly text: string }

/**
 * What a field belongs to: a kind in the table's own words (`budget line`, `action`), the stable
 * identity a rename keeps, the name it carries, how a sentence names it (`Behaviour Service`,
 * `action FAM2.3`) and the unit it belongs to, if any.
 *
 * @category models
 * @since 0.2.0
 */
export interface FieldSubject {
  readonly kind: string
  readonly id: string
  readonly name: string
  readonly label: string
  /** The unit (portfolio or division) the subject belongs to, in a plan of several. */
  readonly unit?: string
}

/**
 * One field of a plan: its subject, what the field measures in the table's own words
 * (`employee costs`, `target date`) and its value. `key` is stable across renames.
 *
 * @category models
 * @since 0.2.0
 */
export interface PlanField {
  readonly key: string
  readonly subject: FieldSubject
  readonly measure: string
  readonly value: FieldValue
}

/**
 * The measure under which a subject's name is kept: a change to it is a rename.
 *
 * @category constants
 * @since 0.2.0
 */
export const NAME = "name"

/**
 * The measure under which a key action's latest progress status is kept.
 *
 * @category constants
 * @since 0.2.0
 */
export const PROGRESS = "progress"

/**
 * A money field.
 *
 * @category constructors
 * @since 0.2.0
 */
export const money = (amount: Money.Pence): FieldValue => ({ _tag: "Money", amount })

/**
 * An FTE field.
 *
 * @category constructors
 * @since 0.2.0
 */
export const fte = (value: Fte.Fte): FieldValue => ({ _tag: "Fte", fte: value })

/**
 * A text field.
 *
 * @category constructors
 * @since 0.2.0
 */
export const text = (value: string): FieldValue => ({ _tag: "Text", text: value })

/**
 * The fields of one subject, from its measures: a measure whose value is `undefined` (the plan
 * states none) has no field.
 *
 * @category constructors
 * @since 0.2.0
 */
export const fieldsOf = (subject: FieldSubject, measures: ReadonlyArray<readonly [string, FieldValue | undefined]>): Array<PlanField> =>
  measures.flatMap(([measure, value]) =>
    value === undefined ? [] : [{ key: `${subject.kind}|${subject.id}|${measure}`, subject, measure, value }]
  )

/**
 * Whether two values are the same value (an amount and an FTE of the same number are not).
 *
 * @category predicates
 * @since 0.2.0
 */
export const sameValue = (left: FieldValue, right: FieldValue): boolean =>
  match(left)
    .with({ _tag: "Money" }, ({ amount }) => right._tag === "Money" && right.amount === amount)
    .with({ _tag: "Fte" }, ({ fte }) => right._tag === "Fte" && right.fte === fte)
    .with({ _tag: "Indicator" }, ({ value, unit }) => right._tag === "Indicator" && right.value === value && right.unit === unit)
    .with({ _tag: "Text" }, ({ text }) => right._tag === "Text" && right.text === text)
    .exhaustive()

/**
 * A value in a sentence, exactly: money as `£849.1k` (never rounded), FTE as `12.5 FTE`, an
 * indicator in its unit (`16.5%`, `7.2 per 1,000`), text as stated.
 *
 * @category formatting
 * @since 0.2.0
 */
export const formatValue = (value: FieldValue): string =>
  match(value)
    .with({ _tag: "Money" }, ({ amount }) => Money.formatThousandsInText(amount))
    .with({ _tag: "Fte" }, ({ fte }) => `${Fte.formatExact(fte)} FTE`)
    .with({ _tag: "Indicator", unit: "percent" }, ({ value }) => `${value}%`)
    .with({ _tag: "Indicator", unit: "rate-per-1000" }, ({ value }) => `${value} per 1,000`)
    .with({ _tag: "Indicator", unit: "points" }, ({ value }) => `${value} points`)
    .with({ _tag: "Indicator", unit: "count" }, ({ value }) => String(value))
    .with({ _tag: "Text" }, ({ text }) => text)
    .exhaustive()
