import { describe, expect, it } from "vitest"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import { ChainVerifier, EventHash } from "@plan-ledger/eventstore"
import { LedgerEvents } from "./LedgerEvents.js"
import type { RecordedEvent } from "./EventEnvelope.js"
import { CURRENT_SCHEMA_VERSION } from "./SchemaVersion.js"
import { upcast, upcastEvent } from "./Upcaster.js"

// A line as version 1 stored it (figures from Kent County Council, LCSP Service Level Business
// Plan 2009/10, budget table: Behaviour Service).
const version1Line = {
  _tag: "BudgetLineAdded" as const,
  planId: "lcsp-2009-10",
  lineId: "behaviour-service",
  activity: "Behaviour Service",
  cabinetMember: "MD",
  figures: {
    fte: Fte.fromDecimal("19.5"),
    employeeCosts: Money.fromThousands("870.1"),
    runningCosts: Money.zero,
    contractsAndProjects: Money.zero,
    externalIncome: Money.zero,
    internalIncome: Money.zero
  },
  prior: { controllableExpenditure: Money.fromThousands("849.1"), fte: Fte.fromDecimal("18.8") },
  stated: {}
}

const sealed = <Data extends { readonly _tag: string }>(schemaVersion: number, data: Data): unknown => {
  const content = {
    eventId: "7d3f6a56-1b7e-4a53-9f57-0c1f3f0c2b11",
    type: data._tag,
    schemaVersion,
    recordedAt: "2009-02-02T09:00:00.000Z",
    actor: "Finance officer",
    reason: "imported the budget table",
    effectiveDate: "2009-02-02",
    data,
    stream: "plan-lcsp-2009-10",
    streamRevision: 0,
    previousHash: null
  }
  return { ...content, globalPosition: 1, hash: EventHash.hashEvent(content as unknown as Parameters<typeof EventHash.hashEvent>[0]) }
}

describe("upcasting stored events", () => {
  it("reads a version-1 budget line as version 2 with an unspecified funding source, every other field unchanged", () => {
    expect(upcast(1, version1Line)).toEqual({ ...version1Line, fundingSource: "unspecified" })
  })

  it("returns a current payload as it is", () => {
    const current = { ...version1Line, fundingSource: "Standards Fund" }
    expect(upcast(CURRENT_SCHEMA_VERSION, current)).toBe(current)
  })

  it("keeps the version an event was written at, and upcasts only its payload", () => {
    const checked = ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(1, version1Line))
    expect(checked.ok).toBe(true)
    const event = (checked as { readonly event: RecordedEvent }).event
    expect(event.data).toEqual(version1Line)
    expect(upcastEvent(event)).toEqual({ ...event, data: { ...version1Line, fundingSource: "unspecified" } })
  })

  it("refuses a version-1 line that names a funding source, and a version-2 line that does not", () => {
    const claimsVersion1 = ChainVerifier.makeChainWalker(LedgerEvents).check(
      sealed(1, { ...version1Line, fundingSource: "Standards Fund" })
    )
    expect(claimsVersion1).toMatchObject({ ok: false, damage: { kind: "undecodable" } })
    expect(JSON.stringify(claimsVersion1)).toContain("a schema version 1 BudgetLineAdded has no funding source")
    const claimsVersion2 = ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(2, version1Line))
    expect(claimsVersion2).toMatchObject({ ok: false, damage: { kind: "undecodable" } })
    expect(JSON.stringify(claimsVersion2)).toContain("names its funding source, but this one does not")
  })

  it("reads a version-2 totals row, which names no unit, as the plan's own at version 3, and refuses a version-2 one that names a unit", () => {
    const planTotals = {
      _tag: "BudgetTotalsStated" as const,
      planId: "lcsp-2009-10",
      row: "controllable-totals" as const,
      stated: { controllableExpenditure: Money.fromThousands("870.1") }
    }
    expect(upcast(2, planTotals)).toBe(planTotals)
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(2, planTotals))).toMatchObject({ ok: true })
    const unitTotals = { ...planTotals, unit: "Resources" }
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, unitTotals))).toMatchObject({ ok: true })
    const claimsVersion2 = ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(2, unitTotals))
    expect(claimsVersion2).toMatchObject({ ok: false, damage: { kind: "undecodable" } })
    expect(JSON.stringify(claimsVersion2)).toContain("a schema version 2 BudgetTotalsStated names no unit, but this one names one")
  })

  it("reads a row printed without a label and a carried plan only at version 3", () => {
    const { activity: _label, ...withoutLabel } = version1Line
    const continuation = {
      ...withoutLabel,
      lineId: "behaviour-service-continuation-1",
      rowType: "continuation" as const,
      continues: "behaviour-service",
      fundingSource: "Standards Fund"
    }
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, continuation))).toMatchObject({ ok: true })
    const claimsVersion2 = ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(2, continuation))
    expect(claimsVersion2).toMatchObject({ ok: false, damage: { kind: "undecodable" } })
    expect(JSON.stringify(claimsVersion2)).toContain("a schema version 2 BudgetLineAdded has an activity label and no row type")
    const carried = {
      _tag: "BudgetLineCarriesPlan" as const,
      planId: "lcsp-2009-10",
      lineId: "behaviour-service",
      carriedPlanId: "ashford-1-lcypp"
    }
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, carried))).toMatchObject({ ok: true })
    expect(JSON.stringify(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(2, carried)))).toContain(
      "holds no BudgetLineCarriesPlan"
    )
  })

  it("reads a version-3 content payload at version 4 as it is, and refuses one that holds what only version 4 records", () => {
    // A consultation as the LCSP Service Level Business Plan 2009/10 lists it (Kent County Council).
    const consultation = {
      _tag: "ConsultationRecorded" as const,
      planId: "lcsp-2009-10",
      consultationId: "C1",
      name: "Parent survey",
      purpose: "views of parents on the services",
      statutory: false
    }
    expect(upcast(3, consultation)).toBe(consultation)
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, consultation))).toMatchObject({ ok: true })
    const notStated = { ...consultation, statutory: "not-stated" as const }
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(4, notStated))).toMatchObject({ ok: true })
    expect(JSON.stringify(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, notStated)))).toContain(
      "a schema version 3 ConsultationRecorded says whether it is statutory, but this one does not"
    )
    const undated = { _tag: "ActionProgressRecorded" as const, planId: "ashford-1-lcypp", actionId: "EWB1.1", status: "on-track" as const }
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(4, undated))).toMatchObject({ ok: true })
    expect(JSON.stringify(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, undated)))).toContain(
      "has a date, but this one does not"
    )
    const theme = { _tag: "ThemeAdded" as const, planId: "ashford-1-lcypp", code: "EWB", name: "Emotional Well Being" }
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, theme))).toMatchObject({ ok: true })
    expect(
      JSON.stringify(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, { ...theme, introduction: "Why this theme" })))
    ).toContain("a schema version 3 ThemeAdded has no introduction, but this one has one")
    const listed = {
      _tag: "ContributingIndicatorListed" as const,
      planId: "ashford-1-lcypp",
      code: "NI 50",
      title: "Emotional health of children"
    }
    expect(JSON.stringify(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, listed)))).toContain(
      "holds no ContributingIndicatorListed"
    )
  })

  it("marks a version-3 variation item as named by its id across sections, and refuses the mark on a stored item", () => {
    const item = {
      _tag: "VariationItemRecorded" as const,
      planId: "lcsp-2009-10",
      itemId: "standards-fund",
      section: "saving" as const,
      description: "Standards Fund",
      amount: Money.fromThousands("-5")
    }
    expect(upcast(3, item)).toEqual({ ...item, idAcrossSections: true })
    expect(upcast(1, item)).toEqual({ ...item, idAcrossSections: true })
    expect(upcast(4, item)).toEqual(item)
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(4, item))).toMatchObject({ ok: true })
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(3, item))).toMatchObject({ ok: true })
    for (const version of [3, 4]) {
      const marked = ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(version, { ...item, idAcrossSections: true }))
      expect(marked).toMatchObject({ ok: false, damage: { kind: "undecodable" } })
      expect(JSON.stringify(marked)).toContain("never carries idAcrossSections")
    }
  })

  it("refuses a schema version the ledger does not know", () => {
    const current = { ...version1Line, fundingSource: "Standards Fund" }
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(CURRENT_SCHEMA_VERSION, current))).toMatchObject({ ok: true })
    expect(ChainVerifier.makeChainWalker(LedgerEvents).check(sealed(CURRENT_SCHEMA_VERSION + 1, current))).toMatchObject({
      ok: false,
      damage: { kind: "undecodable", message: `at schemaVersion: Expected 1 | 2 | 3 | 4, got ${CURRENT_SCHEMA_VERSION + 1}` }
    })
  })
})
