import { PersonalData } from "@plan-ledger/eventstore"
import { fromStore } from "../ledger/LedgerState.js"
import * as Period from "../period/Period.js"
import * as StreamName from "../event/StreamName.js"
import { eventPlaces, type LedgerPersonalDataStore } from "./LedgerPersonalData.js"
import { keptUntil, type RetentionPolicy } from "./RetentionPolicy.js"

export { keptUntil, RetentionPolicy } from "./RetentionPolicy.js"

/**
 * A value a retention schedule has come to: what it is, where it appears, the day its clock
 * started (its plan's period end, or the day its event took effect) and the last day it was to
 * be kept.
 *
 * @category models
 * @since 0.4.0
 */
export interface DueValue {
  readonly value: PersonalData.KeptValue
  readonly stream: string
  readonly eventType: string
  readonly counted: string
  readonly keptUntil: string
}

/**
 * The kept values a retention schedule says to erase on `today`: those whose kind it names and
 * whose last day to be kept is before `today`, in the order they were recorded.
 *
 * @category retention
 * @since 0.4.0
 */
export const dueForErasure = async (
  store: LedgerPersonalDataStore,
  policy: RetentionPolicy,
  today: string
): Promise<ReadonlyArray<DueValue>> => {
  const places = await eventPlaces(store)
  const plans = (await fromStore(store)).plans
  const planPrefix = StreamName.forPlan("")
  const due: Array<DueValue & { readonly recordedAt: string }> = []
  for await (const entry of store.personalData.vault.entries()) {
    if (PersonalData.isErased(entry)) continue
    const years = policy.yearsAfterPeriodEnds[entry.kind]
    const place = places.get(entry.eventId)
    if (years === undefined || place === undefined) continue
    // An erasure's own provenance is counted from the day it was made, not from its plan's period:
    // who authorised an erasure is kept as long as the schedule says after the erasure.
    const plan =
      place.stream.startsWith(planPrefix) && place.type !== "PersonalDataErased"
        ? plans.get(place.stream.slice(planPrefix.length))
        : undefined
    const counted = plan === undefined ? place.effectiveDate : Period.endDate(plan.period)
    const until = keptUntil(counted, years)
    if (until < today)
      due.push({ value: entry, stream: place.stream, eventType: place.type, counted, keptUntil: until, recordedAt: place.recordedAt })
  }
  return due
    .sort((left, right) => left.recordedAt.localeCompare(right.recordedAt) || left.value.pointer.localeCompare(right.value.pointer))
    .map(({ recordedAt: _recordedAt, ...value }) => value)
}
