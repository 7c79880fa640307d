import { InMemoryEventStore, Ledger, PlanHistory, PlanReport } from "@plan-ledger/core"
import { StreamName } from "@plan-ledger/core/store"
import { loadKentLcsp200910, PLAN_ID } from "@plan-ledger/example-kent-lcsp-2009-10"
import { viewOf } from "@plan-ledger/core/testkit"
import { beforeAll, describe, expect, it } from "vitest"
import { htmlReport } from "./HtmlRenderer.js"

// Kent County Council, LCSP Service Level Business Plan 2009/10: the budget table's Controllable
// Totals row (controllable expenditure 50,222.6, FTE 776.9, prior-year column 16,789.8) and the
// LCSP Variation Statement (2008/09 budget 16,790; five MTP lines, one of them the publicity saving
// of -23; ten base adjustments).
const CONTROLLABLE_TOTAL = "50,222.6"
const TOTAL_FTE = "776.9"
const PRIOR_CONTROLLABLE_TOTAL = "16,789.8"
const VARIATION_ITEMS = 15

describe("the HTML report of the LCSP service level business plan 2009/10", () => {
  let html = ""

  beforeAll(async () => {
    const store = InMemoryEventStore.make()
    const ledger = Ledger.make({ store })
    await loadKentLcsp200910(ledger)
    const events = []
    for await (const event of store.readStream(StreamName.forPlan(PLAN_ID))) events.push(event)
    const history = PlanHistory.project(events)
    html = await htmlReport(viewOf(PlanReport.project(await ledger.state(), PLAN_ID, { today: "2009-09-01", history })))
  })

  it("prints the Controllable Totals row as the budget book does, with the prior year's column", () => {
    const totals = /<tr class="total">(.*?)<\/tr>/.exec(html)?.[1] ?? ""
    expect(totals).toContain('<th scope="row">Controllable Totals')
    expect(totals).toContain(`<td class="figure">${CONTROLLABLE_TOTAL}</td>`)
    expect(totals).toContain(`<td class="figure">${TOTAL_FTE}</td>`)
    expect(totals).toContain(`<td class="figure">${PRIOR_CONTROLLABLE_TOTAL}</td>`)
  })

  it("gives every table a caption and scoped headings", () => {
    const tables = html.match(/<table>/g)?.length ?? 0
    expect(tables).toBeGreaterThan(5)
    expect(html.match(/<caption>/g)?.length).toBe(tables)
    expect(html).toContain('<th scope="col"')
  })

  it("draws the variation statement as a waterfall: the opening, every item and the closing budget, the budget total marked", () => {
    const waterfall = /<figure class="chart" id="variation-waterfall">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? ""
    expect(waterfall.match(/aria-roledescription="bar"/g)?.length).toBe(VARIATION_ITEMS + 2)
    expect(waterfall).toContain(`Budget statement total ${CONTROLLABLE_TOTAL}`)
    expect(waterfall).toContain('aria-labelledby="variation-waterfall-caption"')
    expect(waterfall).toMatch(/<p class="chart-description" id="variation-waterfall-description">.*16,790.*<\/p>/)
  })

  it("is one self-contained file: no script, no external reference", () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
    expect(html).not.toMatch(/<link /i)
  })
})
