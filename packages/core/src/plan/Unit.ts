import { NonEmptyTrimmedString } from "@plan-ledger/eventstore"

/**
 * A unit of a directorate — a portfolio or a division — when a plan holds one budget table (or one
 * part of its establishment) per unit. A figure that names no unit belongs to the whole plan.
 *
 * @category models
 * @since 0.4.0
 */
export const Unit = NonEmptyTrimmedString

/**
 * The key under which a slice keeps something that may belong to a unit: the key itself when it
 * belongs to the whole plan (so a plan without units keeps the keys it always had), else the unit
 * and the key together, so two units may each hold a line or an item of the same name.
 *
 * @example
 * import { Unit } from "@plan-ledger/core"
 * Unit.keyInUnit(undefined, "early-years") // "early-years"
 *
 * @category accessors
 * @since 0.4.0
 */
export const keyInUnit = (unit: string | undefined, key: string): string => (unit === undefined ? key : JSON.stringify([unit, key]))

/**
 * How a sentence names something that may belong to a unit: as it is for the whole plan, else
 * with its unit, so a finding or a change in a plan of several units says which table it is in.
 *
 * @example
 * import { Unit } from "@plan-ledger/core"
 * Unit.labelInUnit("budget line \"Finance\"", "Resources") // 'budget line "Finance" of unit "Resources"'
 *
 * @category formatting
 * @since 0.4.0
 */
export const labelInUnit = (label: string, unit: string | undefined): string => (unit === undefined ? label : `${label} of unit "${unit}"`)

/**
 * How a table heads a unit: its name, or for what names no unit in a plan that has units,
 * `"Without a unit"`.
 *
 * @example
 * import { Unit } from "@plan-ledger/core"
 * Unit.displayName(undefined) // "Without a unit"
 *
 * @category formatting
 * @since 0.4.0
 */
export const displayName = (unit: string | undefined): string => unit ?? "Without a unit"

/**
 * The `unit` property of something that may belong to a unit: none for the whole plan.
 *
 * @example
 * import { Unit } from "@plan-ledger/core"
 * Unit.inUnit("Resources") // { unit: "Resources" }
 *
 * @category constructors
 * @since 0.4.0
 */
export const inUnit = (unit: string | undefined): { readonly unit?: string } => (unit === undefined ? {} : { unit })
