import { Schema } from "effect"
import * as BudgetLineVersion1 from "../plan/budget/BudgetLineVersion1.js"
import * as VariationItemVersion3 from "../plan/budget/VariationItemVersion3.js"
import { DomainEvent } from "./DomainEvent.js"
import { CURRENT_SCHEMA_VERSION, type SchemaVersion } from "./SchemaVersion.js"

/**
 * An event payload as a store may hold it: in the current schema, or in the shape an older
 * schema version wrote (a version-1 budget line, without a funding source). One flat union, as
 * `DomainEvent` is; the current schemas come first, so a payload that fits its current schema is
 * read as current.
 *
 * @category events
 * @since 0.3.0
 */
export const StoredDomainEvent = Schema.Union([...DomainEvent.members, ...BudgetLineVersion1.BudgetLineEventVersion1.members]).annotate({
  expected: "the payload of a known event type"
})

/**
 * @category events
 * @since 0.3.0
 */
export type StoredDomainEvent = typeof StoredDomainEvent.Type

// The event types whose payload changed at version 2, and the field that tells the versions apart.
const CHANGED_AT_VERSION_2: ReadonlySet<string> = new Set(["BudgetLineAdded", "BudgetLineRevised"])

// The event types that may name a unit since version 3: no payload of an earlier version does.
const CHANGED_AT_VERSION_3: ReadonlySet<string> = new Set([
  "BudgetTotalsStated",
  "MemorandumItemRecorded",
  "StaffingRowRecorded",
  "StaffingTotalStated"
])

const isVersion1BudgetLine = (data: StoredDomainEvent): data is BudgetLineVersion1.BudgetLineEventVersion1 =>
  CHANGED_AT_VERSION_2.has(data._tag)

// One step per version: reads a payload of version n as version n + 1. The next schema change
// adds its step here, keyed by the version it reads.
const UPCAST_FROM: {
  readonly [Version in Exclude<SchemaVersion, typeof CURRENT_SCHEMA_VERSION>]: (data: StoredDomainEvent) => StoredDomainEvent
} = {
  1: (data) => (isVersion1BudgetLine(data) ? BudgetLineVersion1.toCurrent(data) : data),
  // A version-2 total, memorandum item or staffing row names no unit, which is what version 3
  // means by a figure of the whole plan: the payload reads as it is.
  2: (data) => data,
  // Version 4 adds what plans print (optional fields, "not stated", undated progress, the
  // contributing-indicators list), which no version-3 payload holds. And a version-3 variation
  // item's id named one item whatever its section: it is marked so, and the fold lets it replace
  // the item of that id in another section, as version 3 did.
  3: (data) => (data._tag === "VariationItemRecorded" ? VariationItemVersion3.toCurrent(data) : data)
}

/**
 * Reads a stored payload, written at `schemaVersion`, as the current schema: each version's step
 * in turn. A current payload is returned as it is. Stored bytes are never rewritten: upcasting
 * happens on every read, after the hash chain has been checked against the bytes as stored.
 *
 * @category upcasting
 * @since 0.3.0
 */
export const upcast = (schemaVersion: SchemaVersion, data: StoredDomainEvent): DomainEvent => {
  let payload = data
  for (let version = schemaVersion; version < CURRENT_SCHEMA_VERSION; version += 1) {
    payload = UPCAST_FROM[version as Exclude<SchemaVersion, typeof CURRENT_SCHEMA_VERSION>](payload)
  }
  return payload as DomainEvent
}

/**
 * An event (recorded, or as a replay reads it) with its payload read as the current schema;
 * `schemaVersion` still says which version it was written at.
 *
 * @category upcasting
 * @since 0.3.0
 */
export const upcastEvent = <Event extends { readonly schemaVersion: SchemaVersion; readonly data: StoredDomainEvent }>(
  event: Event
): Event & { readonly data: DomainEvent } =>
  event.schemaVersion === CURRENT_SCHEMA_VERSION
    ? (event as Event & { readonly data: DomainEvent })
    : { ...event, data: upcast(event.schemaVersion, event.data) }

// Version 3 also brought budget rows printed without a label (no activity, a row type, perhaps the
// line continued) and the link of a line to the plan it carries: no earlier payload holds them.
const unlabelledBeforeVersion3 = (event: {
  readonly schemaVersion: SchemaVersion
  readonly data: StoredDomainEvent
}): string | undefined => {
  if (event.schemaVersion >= 3) return undefined
  if (event.data._tag === "BudgetLineCarriesPlan")
    return `a schema version ${event.schemaVersion} ledger holds no BudgetLineCarriesPlan: the event came with version 3`
  if (event.data._tag === "BudgetLineAdded" && (!("activity" in event.data) || "rowType" in event.data || "continues" in event.data))
    return `a schema version ${event.schemaVersion} BudgetLineAdded has an activity label and no row type, but this one does not`
  return undefined
}

// What only a version-4 payload holds, and the words that say so.
const VERSION_4_FIELDS: Readonly<Record<string, ReadonlyArray<string>>> = {
  PlanPriorityAdded: ["linksStated", "partnership"],
  KeyActionAdded: ["linksStated"],
  LeadRoleAssigned: ["links", "role"],
  ThemeAdded: ["introduction"]
}

const version4Only = (event: { readonly schemaVersion: SchemaVersion; readonly data: StoredDomainEvent }): string | undefined => {
  if (event.schemaVersion >= 4) return undefined
  const before = `a schema version ${event.schemaVersion} ${event.data._tag}`
  if (event.data._tag === "ContributingIndicatorListed")
    return `a schema version ${event.schemaVersion} ledger holds no ContributingIndicatorListed: the event came with version 4`
  if (event.data._tag === "ConsultationRecorded" && event.data.statutory === "not-stated")
    return `${before} says whether it is statutory, but this one does not`
  if (event.data._tag === "ActionProgressRecorded" && !("recordedOn" in event.data)) return `${before} has a date, but this one does not`
  const field = (VERSION_4_FIELDS[event.data._tag] ?? []).find((name) => name in event.data)
  return field === undefined ? undefined : `${before} has no ${field}, but this one has one`
}

/**
 * Why a stored payload cannot be of the schema version its envelope names, or `true`: a
 * version-1 budget line never carries a funding source, and a later one always does; a totals
 * row, memorandum item or staffing row names a unit only from version 3, as does a budget row
 * printed without a label or a line's link to a plan it carries; what version 4 added (a
 * link cell as printed, a priority's partnership, a lead role's codes and role, a theme's
 * introduction, a consultation not stated to be statutory or not, undated progress, a
 * contributing indicator) is never in an earlier payload; and no stored variation item carries
 * the mark the upcaster gives one written before version 4.
 *
 * @category upcasting
 * @since 0.3.0
 */
export const payloadMatchesVersion = (event: {
  readonly schemaVersion: SchemaVersion
  readonly data: StoredDomainEvent
}): boolean | string => {
  if (event.data._tag === "VariationItemRecorded" && "idAcrossSections" in event.data)
    return `a stored VariationItemRecorded never carries idAcrossSections: upcasting marks an item of schema version 3 or earlier with it`
  if (CHANGED_AT_VERSION_3.has(event.data._tag) && event.schemaVersion < 3 && "unit" in event.data)
    return `a schema version ${event.schemaVersion} ${event.data._tag} names no unit, but this one names one`
  const unlabelled = unlabelledBeforeVersion3(event) ?? version4Only(event)
  if (unlabelled !== undefined) return unlabelled
  if (!CHANGED_AT_VERSION_2.has(event.data._tag)) return true
  const namesFundingSource = "fundingSource" in event.data
  if (event.schemaVersion === 1 && namesFundingSource)
    return `a schema version 1 ${event.data._tag} has no funding source, but this one names one`
  if (event.schemaVersion >= 2 && !namesFundingSource)
    return `a schema version ${event.schemaVersion} ${event.data._tag} names its funding source, but this one does not`
  return true
}
