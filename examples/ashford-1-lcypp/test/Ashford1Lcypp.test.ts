import { ActionProgress, ContentFindings, CurrentPlan, InMemoryEventStore, Ledger, type LedgerState, Money } from "@plan-ledger/core"
import { viewOf } from "@plan-ledger/core/testkit"
import { beforeAll, describe, expect, it } from "vitest"
import { loadAshford1Lcypp, PLAN_ID } from "../src/index.js"

// Every expected figure below is read from Kent County Council, Ashford 1 LCSP, Local Children and
// Young People's Plan 2008–2011: the "Ashford 1 LCSP Priorities" section (13 key priorities under
// the five Every Child Matters outcomes) and the "Key Priorities and Actions" tables (key actions,
// leads, resources and target dates). SOURCE-FIGURES.md lists where each figure is printed.

let state: LedgerState.LedgerState

beforeAll(async () => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  const loaded = await loadAshford1Lcypp(ledger)
  expect(loaded).toMatchObject({ ok: true })
  state = await ledger.state()
})

const plan = () => viewOf(CurrentPlan.project(state, PLAN_ID))
const pounds = (figure: string) => Money.fromPounds(figure)

describe("Ashford 1 local children and young people's plan 2008–2011", () => {
  it("holds its 13 priorities under the five Every Child Matters outcomes", () => {
    expect(plan().themes.map((theme) => [theme.name, theme.priorities.length])).toEqual([
      ["Be Healthy", 5],
      ["Stay Safe", 2],
      ["Enjoy and Achieve", 3],
      ["Make a Positive Contribution", 1],
      ["Achieve Economic Wellbeing", 2]
    ])
    expect(plan().counts.priorities).toBe(13)
  })

  it("holds every key action of the action tables, priority by priority", () => {
    const actionsPerPriority = plan().themes.flatMap((theme) => theme.priorities.map((priority) => priority.actions.length))
    expect(actionsPerPriority).toEqual([7, 8, 4, 6, 17, 10, 2, 5, 17, 2, 3, 1, 3])
    expect(plan().counts.keyActions).toBe(85)
  })

  it("adds the printed resources up by funding source, counting staff time and never adding a rate", () => {
    const { bySource, staffTime, total } = plan().resourceTotals
    const bySourceName = new Map(bySource.map((source) => [source.fundingSource ?? "(not stated)", source.amount]))
    expect(bySourceName.get("KCF")).toBe(pounds("15,000"))
    expect(bySourceName.get("PCT Health and Wellbeing Fund")).toBe(pounds("8,000"))
    expect(bySourceName.get("FT / TTO")).toBe(pounds("15,000"))
    expect(bySourceName.get("BIP")).toBe(pounds("15,000"))
    expect(bySourceName.get("Children’s Fund")).toBe(pounds("12,000"))
    expect(bySourceName.get("(not stated)")).toBe(pounds("6,000"))
    // £80,000 for Ashford 1 and £3,500 printed for Ashford Rural; £500 per LAC and £39k per lead school are rates.
    expect(total).toBe(pounds("83,500"))
    expect(staffTime).toBe(34)
  })

  it("reads Priority 1's first action as printed: lead partners, £10,000 from KCF, three milestones", () => {
    const first = plan().themes[0]?.priorities[0]?.actions[0]
    expect(first).toMatchObject({ actionId: "Priority 1.1", lead: "Education / CSS / Health", dueBy: "2009-07-31" })
    expect(first?.targetDates?.milestones.map((milestone) => milestone.due)).toEqual([
      { kind: "month", month: "2009-01" },
      { kind: "month", month: "2008-12" },
      { kind: "month", month: "2009-07" }
    ])
  })

  it("lists the actions overdue on 1 September 2009 and reports them in check as overdue without an update", () => {
    const overdue = viewOf(ActionProgress.project(state, PLAN_ID, { overdueOn: "2009-09-01" })).actions
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.filter((action) => action.dueBy === undefined || action.dueBy >= "2009-09-01" || action.status === "completed")).toEqual(
      []
    )
    const findings = viewOf(ContentFindings.project(state, PLAN_ID, { today: "2009-09-01" }))
    expect(findings.filter((finding) => finding.code === "overdue-without-progress").map((finding) => finding.subject)).toEqual(
      overdue.map((action) => `key action ${action.actionId}`)
    )
  })

  it("records nothing when the plan is loaded again", async () => {
    const ledger = Ledger.make({ store: InMemoryEventStore.make() })
    await loadAshford1Lcypp(ledger)
    const again = await loadAshford1Lcypp(ledger)
    expect(again).toMatchObject({ ok: true, events: [] })
  })
})
