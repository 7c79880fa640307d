import { Fte, Period, type PlanHistory, type ReconciliationFindings, type StaffingTotals } from "@plan-ledger/core"
import { lexer, walkTokens } from "marked"
import { describe, expect, it } from "vitest"
import { markdownRenderer } from "./MarkdownRenderer.js"

const SCRIPT = "<script>alert(1)</script>"
const IMAGE = "<img src=x onerror=alert(1)>"

// What a CommonMark parser reads as raw HTML in the output, and every line with a carriage return.
const unsafe = (markdown: string): ReadonlyArray<string> => {
  const found: Array<string> = markdown.split("\n").filter((line) => line.includes("\r"))
  walkTokens(lexer(markdown), (token) => {
    if (token.type === "html") found.push(token.raw)
  })
  return found
}

describe("the Markdown renderer with hostile text in the data", () => {
  it("escapes the history's summary, actor and reason in its table", () => {
    const entry: PlanHistory.HistoryEntry = {
      streamRevision: 1,
      globalPosition: 1,
      eventId: "00000000-0000-4000-8000-000000000001",
      type: "PlanDrafted",
      subject: "the plan",
      recordedAt: "2009-04-01T09:00:00.000Z",
      effectiveDate: "2009-04-01",
      actor: IMAGE,
      reason: `first\rsecond | third ${SCRIPT}`,
      authority: undefined,
      source: undefined,
      changes: [],
      summary: `drafted ${SCRIPT}`
    }
    const markdown = markdownRenderer.history("plan-1", [entry])
    expect(unsafe(markdown)).toEqual([])
    expect(markdown).toContain(
      "| drafted \\<script>alert(1)\\</script> | \\<img src=x onerror=alert(1)> | first second \\| third \\<script>alert(1)\\</script> |"
    )
  })

  it("escapes finding messages printed as list items", () => {
    const finding: ReconciliationFindings.Finding = {
      severity: "warning",
      code: "stated-total-mismatch",
      subject: `line ${IMAGE}`,
      message: `${SCRIPT}\n## not a heading`,
      measure: "money",
      stated: 100,
      computed: 100,
      difference: 0,
      tolerance: 0
    }
    const markdown = markdownRenderer.findings([finding])
    expect(unsafe(markdown)).toEqual([])
    expect(markdown).toContain("- \\<script>alert(1)\\</script> ## not a heading")
    expect(markdown.split("\n").filter((line) => line.startsWith("## "))).toEqual(["## Reconciliation findings"])
  })

  it("escapes staffing names, sources and the explanation of changes", () => {
    const view: StaffingTotals.StaffingTotals = {
      planId: "plan-1",
      rows: [
        {
          unit: undefined,
          rowType: "division",
          name: `Early|Years ${IMAGE}`,
          priorFte: Fte.Fte.make(100),
          fte: Fte.Fte.make(200),
          difference: Fte.Fte.make(100)
        }
      ],
      totals: {
        priorFte: Fte.Fte.make(100),
        fte: Fte.Fte.make(200),
        difference: Fte.Fte.make(100),
        source: { priorFte: "rows", fte: "rows" }
      },
      stated: undefined,
      units: [],
      externallyFunded: { fte: Fte.Fte.make(50), sources: [{ name: SCRIPT, fte: Fte.Fte.make(50) }] },
      movements: [],
      movementTotal: Fte.zero,
      movementsReconcile: undefined,
      explanation: `grew\r\n${SCRIPT}`
    }
    const markdown = markdownRenderer.staffingTotals(view)
    expect(unsafe(markdown)).toEqual([])
    expect(markdown).toContain("| Early\\|Years \\<img src=x onerror=alert(1)> | division   |")
    expect(markdown).toContain("Explanation of changes: grew \\<script>alert(1)\\</script>")
  })

  it("escapes a plan's title in the list of plans", () => {
    const markdown = markdownRenderer.planList([
      {
        planId: "plan-1",
        title: `Plan ${SCRIPT}`,
        kind: "service-business-plan",
        period: Period.financialYear("2009/10"),
        ownerId: "kent",
        status: "draft"
      }
    ])
    expect(unsafe(markdown)).toEqual([])
    expect(markdown).toContain("Plan \\<script>alert(1)\\</script>")
  })
})
