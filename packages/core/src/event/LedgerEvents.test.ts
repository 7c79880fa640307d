import { describe, expect, it } from "vitest"
import { EventChain, InvalidEvent } from "@plan-ledger/eventstore"
import { LedgerEvents } from "./LedgerEvents.js"
import { CURRENT_SCHEMA_VERSION } from "./SchemaVersion.js"

const drafted = (planId: string) => ({
  eventId: "01a250ad-e47f-73d9-8104-6965574592ee",
  type: "PlanDrafted",
  schemaVersion: CURRENT_SCHEMA_VERSION,
  recordedAt: "2026-11-24T10:00:00.000Z",
  effectiveDate: "2026-11-24",
  actor: "officer",
  reason: "drafted",
  data: {
    _tag: "PlanDrafted",
    planId,
    title: "LCSP business plan",
    period: { _tag: "FinancialYear", startYear: 2009 },
    kind: "business-plan",
    ownerId: "unassigned"
  }
})

describe("an event refused before it is written", () => {
  it("is named by the field its schema rejects, in one short line, not by the schema of every event", () => {
    let refused: unknown
    try {
      EventChain.validateBatch(LedgerEvents, "plan-LCSP-2009-10", [drafted("LCSP-2009-10")])
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(InvalidEvent)
    const message = (refused as InvalidEvent).message
    expect(message).toContain("planId")
    expect(message).toContain("lower-case letters, digits and hyphens")
    expect(message).not.toContain("\n")
    expect(message.length).toBeLessThan(600)
  })
})
