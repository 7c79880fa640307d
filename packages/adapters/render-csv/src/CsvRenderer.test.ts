import type { PlanHistory } from "@plan-ledger/core"
import { describe, expect, it } from "vitest"
import { csvRenderer } from "./CsvRenderer.js"

describe("the CSV renderer's history", () => {
  it("neutralises formulas in the summary, actor and reason columns", () => {
    const entry: PlanHistory.HistoryEntry = {
      streamRevision: 1,
      globalPosition: 1,
      eventId: "00000000-0000-4000-8000-000000000001",
      type: "PlanDrafted",
      subject: "the plan",
      recordedAt: "2009-04-01T09:00:00.000Z",
      effectiveDate: "2009-04-01",
      actor: "-1+1",
      reason: "\r-2+3+cmd|' /C calc'!A0",
      authority: "-0x1",
      source: undefined,
      changes: [],
      summary: "=HYPERLINK(1)"
    }
    const [, row] = csvRenderer.history("plan-1", [entry]).split("\r\n")
    expect(row).toBe(`1,2009-04-01T09:00:00.000Z,2009-04-01,PlanDrafted,the plan,'=HYPERLINK(1),'-1+1,"'\r-2+3+cmd|' /C calc'!A0",'-0x1,`)
  })
})
