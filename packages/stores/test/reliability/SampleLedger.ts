// The small ledger every tamper case starts from: three batches over two streams, with events that
// carry every optional envelope field (authority, source) and a number in their payload, so that
// every stored field and column holds something an edit can change.
import { randomUUID } from "node:crypto"
import { type EventStore, type NewEvent } from "@plan-ledger/core"
import { CURRENT_SCHEMA_VERSION } from "@plan-ledger/core/store"
import { sampleEvent } from "@plan-ledger/core/testkit"

/** The stream whose events carry an authority, a source and a counted population. */
export const DOCUMENTED_STREAM = "partnership-ashford"

const populationRecorded = (count: number): NewEvent => ({
  eventId: randomUUID(),
  type: "PartnershipPopulationRecorded",
  schemaVersion: CURRENT_SCHEMA_VERSION,
  recordedAt: "2026-11-24T10:00:00.000Z",
  actor: "tamper-suite",
  reason: "population from the plan's profile",
  authority: "LCSP board",
  source: { document: "Local children and young people's plan 2008-2011", page: "4", table: "population" },
  effectiveDate: "2008-09-01" as NewEvent["effectiveDate"],
  data: {
    _tag: "PartnershipPopulationRecorded",
    partnershipId: "p-ashford",
    ageBand: "0-19",
    count,
    countedOn: "2008-06-30"
  } as NewEvent["data"]
})

/** The position every edit targets unless it says otherwise: an event in the middle of the log, with authority and source. */
export const TARGET = 3

/** How many events `appendSampleLedger` writes. */
export const SAMPLE_LEDGER_EVENTS = 6

/** Appends the sample ledger; every tamper case edits `TARGET`. */
export const appendSampleLedger = async (store: EventStore): Promise<void> => {
  await store.appendToStream(DOCUMENTED_STREAM, [sampleEvent({ authority: "LCSP board" }), populationRecorded(1234)], {
    expectedRevision: "no-stream"
  })
  await store.appendToStream("partnership-dover", [populationRecorded(2048), sampleEvent()], { expectedRevision: "no-stream" })
  await store.appendToStream(DOCUMENTED_STREAM, [populationRecorded(4096), sampleEvent()], { expectedRevision: 1 })
}
