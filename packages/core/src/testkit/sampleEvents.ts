import { randomUUID } from "node:crypto"
import { CURRENT_SCHEMA_VERSION } from "../event/SchemaVersion.js"
import { type NewEvent } from "../event/EventEnvelope.js"

let counter = 0

/**
 * A valid event for store tests: a partnership registration with a fresh id. `overrides` lets a
 * test pin the id, the recorded-at instant or the name, or give the event an authority.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const sampleEvent = (
  overrides: { readonly eventId?: string; readonly recordedAt?: string; readonly name?: string; readonly authority?: string } = {}
): NewEvent => {
  counter += 1
  const name = overrides.name ?? `Partnership ${counter}`
  return {
    eventId: overrides.eventId ?? randomUUID(),
    type: "PartnershipRegistered",
    schemaVersion: CURRENT_SCHEMA_VERSION,
    recordedAt: overrides.recordedAt ?? "2026-11-24T09:00:00.000Z",
    actor: "conformance-suite",
    reason: "store conformance test",
    ...(overrides.authority === undefined ? {} : { authority: overrides.authority }),
    effectiveDate: "2008-09-01" as NewEvent["effectiveDate"],
    data: {
      _tag: "PartnershipRegistered",
      partnershipId: `p-${counter}`,
      kind: "lcsp",
      name,
      area: "Kent"
    }
  }
}

/**
 * `count` valid sample events.
 *
 * @category fixtures
 * @since 0.1.0
 */
export const sampleEvents = (count: number): Array<NewEvent> => Array.from({ length: count }, () => sampleEvent())
