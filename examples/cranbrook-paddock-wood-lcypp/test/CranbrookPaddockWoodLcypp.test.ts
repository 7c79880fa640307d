import { CurrentPlan, InMemoryEventStore, Ledger, type LedgerState, Money } from "@plan-ledger/core"
import { viewOf } from "@plan-ledger/core/testkit"
import { beforeAll, describe, expect, it } from "vitest"
import { loadCranbrookPaddockWoodLcypp, PLAN_ID } from "../src/index.js"

// Every expected figure below is read from Kent County Council, Cranbrook and Paddock Wood LCSP,
// Local Children and Young People's Plan 2008–2011, its ACTION PLAN section: the six key themes,
// each theme's priorities table (key actions, lead partners, budget, plan links) and what parents
// and children and young people said. SOURCE-FIGURES.md lists where each figure is printed.

let state: LedgerState.LedgerState

beforeAll(async () => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  expect(await loadCranbrookPaddockWoodLcypp(ledger)).toMatchObject({ ok: true })
  state = await ledger.state()
})

const plan = () => viewOf(CurrentPlan.project(state, PLAN_ID))
const pounds = (figure: string) => Money.fromPounds(figure)

describe("Cranbrook and Paddock Wood local children and young people's plan 2008–2011", () => {
  it("holds its six key themes with six priorities each", () => {
    expect(plan().themes.map((theme) => [theme.code, theme.priorities.length])).toEqual([
      ["EWB", 6],
      ["IBA", 6],
      ["EYD", 6],
      ["WCH", 6],
      ["FAM", 6],
      ["EA", 6]
    ])
  })

  it("holds every key action of the action plan, priority by priority", () => {
    expect(plan().themes.map((theme) => theme.priorities.map((priority) => priority.actions.length))).toEqual([
      [3, 5, 7, 3, 2, 2],
      [8, 6, 9, 6, 3, 5],
      [4, 3, 5, 8, 4, 3],
      [5, 9, 6, 6, 6, 4],
      [6, 8, 4, 5, 5, 2],
      [5, 9, 6, 2, 1, 8]
    ])
    expect(plan().counts.keyActions).toBe(183)
  })

  it("keeps what parents and children and young people said, theme by theme", () => {
    expect(plan().themes.map((theme) => [theme.code, theme.parentsSaid.length, theme.childrenAndYoungPeopleSaid.length])).toEqual([
      ["EWB", 4, 2],
      ["IBA", 6, 7],
      ["EYD", 6, 0],
      ["WCH", 8, 2],
      ["FAM", 3, 0],
      ["EA", 0, 0]
    ])
  })

  it("adds the printed budgets up by funding source, never adding the printed sum again", () => {
    const { bySource, total, toBeAgreed } = plan().resourceTotals
    const bySourceName = new Map(bySource.map((source) => [source.fundingSource ?? "(not stated)", source.amount]))
    expect(bySourceName.get("Aiming High")).toBe(pounds("27000"))
    expect(bySourceName.get("EY DCSF")).toBe(pounds("16,460"))
    expect(bySourceName.get("Start Up")).toBe(pounds("2750"))
    expect(bySourceName.get("Social Services match")).toBe(pounds("2750"))
    expect(bySourceName.get("Start Up Funding")).toBe(pounds("10,000"))
    expect(bySourceName.get("Sustainability")).toBe(pounds("1500"))
    expect(bySourceName.get("Partnership Board 08/09")).toBe(pounds("700"))
    // Every amount as printed, the £500 for Healthy Schools printed under two priorities counted twice;
    // "= £5500" restates IBA2's two £2750 amounts and is not added again.
    expect(total).toBe(pounds("80,310"))
    expect(toBeAgreed).toBe(2)
  })
})
