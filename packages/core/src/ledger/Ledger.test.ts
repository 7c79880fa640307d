import { describe, expect, it } from "vitest"
import { WrongExpectedRevision } from "@plan-ledger/eventstore"
import { InMemoryEventStore, Ledger, Period } from "../index.js"
import type { EventStore } from "../store/EventStore.js"

const provenance = { actor: "officer", reason: "conflict test", effectiveDate: Period.CalendarDate.make("2009-04-01") }
const draft = {
  _tag: "DraftPlan" as const,
  planId: "contested",
  kind: "service-business-plan" as const,
  title: "Contested plan",
  ownerId: "kcc-cfe",
  period: Period.financialYear("2009/10")
}

describe("Ledger", () => {
  it("re-reads, re-decides and retries when another writer got there first, then reports the conflict", async () => {
    const memory = InMemoryEventStore.make()
    let attempts = 0
    const alwaysBeaten: EventStore = {
      ...memory,
      appendToStream: async (stream) => {
        attempts += 1
        throw new WrongExpectedRevision({ stream, expected: "no-stream", actual: 0 })
      }
    }
    const outcome = await Ledger.make({ store: alwaysBeaten, conflictRetries: 2 }).executePlan("contested", [draft], provenance)
    expect(outcome).toMatchObject({ ok: false, error: { _tag: "WrongExpectedRevision", stream: "plan-contested" } })
    expect(attempts).toBe(3)
  })

  it("succeeds on a retry once the conflict clears", async () => {
    const memory = InMemoryEventStore.make()
    let attempts = 0
    const beatenOnce: EventStore = {
      ...memory,
      appendToStream: async (stream, events, options) => {
        attempts += 1
        if (attempts === 1) throw new WrongExpectedRevision({ stream, expected: options.expectedRevision, actual: 0 })
        return memory.appendToStream(stream, events, options)
      }
    }
    const outcome = await Ledger.make({ store: beatenOnce }).executePlan("contested", [draft], provenance)
    expect(outcome).toMatchObject({ ok: true, revision: 0 })
    expect(attempts).toBe(2)
  })
})
