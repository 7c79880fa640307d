import { join } from "node:path"
import { type EventStore, Fte, Ledger, Money, type PlanCommand, Period, type Provenance } from "@plan-ledger/core"
import { openStore } from "@plan-ledger/stores"
import { openDashboard } from "./Dashboard.js"

// Figures from the revenue budget table of Kent County Council's LCSP Service Level Business
// Plan 2009/10: FTE and employee costs (£000) of three lines; each line's controllable
// expenditure equals its employee costs, as the table prints.
const line = (lineId: string, activity: string, fte: string, employeeCosts: string): PlanCommand => ({
  _tag: "SetBudgetLine",
  planId: "lcsp-2009-10",
  lineId,
  activity,
  cabinetMember: "MD",
  figures: {
    fte: Fte.of(fte),
    employeeCosts: Money.thousands(employeeCosts),
    runningCosts: Money.pence(0),
    contractsAndProjects: Money.pence(0),
    externalIncome: Money.pence(0),
    internalIncome: Money.pence(0)
  },
  stated: {}
})

const provenance = (actor: string): Provenance => ({
  actor,
  reason: "budget agreed at the March meeting",
  effectiveDate: Period.CalendarDate.make("2009-04-01")
})

// A colleague's save that lands while this tool is deciding — what two officers editing one plan
// at the same moment look like. The tool's first change to an existing stream lets the colleague
// save first.
const racedByColleague = (store: EventStore, colleague: () => Promise<void>): EventStore => {
  let raced = false
  return {
    ...store,
    appendToStream: async (stream, events, options) => {
      if (!raced && options.expectedRevision !== "no-stream") {
        raced = true
        await colleague()
      }
      return store.appendToStream(stream, events, options)
    }
  }
}

/**
 * The tool: opens the ledger by URL, keeps its dashboard up to date through a subscription from
 * the dashboard's checkpoint, records two plans' commands (one of them meeting a colleague's
 * concurrent save, and retried), and returns what it prints.
 */
export const runCouncilTool = async (directory: string): Promise<string> => {
  const url = `sqlite:${join(directory, "ledger.db")}`
  const store = await openStore(url)
  const colleagueStore = await openStore(url)
  const output: Array<string> = []
  const dashboard = openDashboard(join(directory, "dashboard.json"))

  // The dashboard follows the ledger from where it stopped last time.
  const following = new AbortController()
  let caughtUp = (): void => undefined
  let target = Number.POSITIVE_INFINITY
  const subscription = store.subscribe({
    fromPosition: dashboard.nextPosition(),
    signal: following.signal,
    onEvents: (events) => {
      dashboard.apply(events)
      if (dashboard.nextPosition() > target) caughtUp()
    }
  })

  try {
    const colleague = Ledger.make({ store: colleagueStore })
    const ledger = Ledger.make({
      store: racedByColleague(store, async () => {
        const saved = await colleague.executePlan(
          "lcsp-2009-10",
          [line("communication-interaction", "Communication & Interaction", "12.8", "596.6")],
          provenance("colleague")
        )
        output.push(`colleague: ${saved.ok ? `${saved.events.length} event recorded` : saved.error.message}`)
      })
    })
    const drafted = await ledger.executePlan(
      "lcsp-2009-10",
      [
        {
          _tag: "DraftPlan",
          planId: "lcsp-2009-10",
          kind: "service-business-plan",
          title: "LCSP Service Level Business Plan 2009/10",
          ownerId: "kcc-cfe",
          period: Period.financialYear("2009/10")
        }
      ],
      provenance("finance-officer")
    )
    if (!drafted.ok) return `refused: ${drafted.error.message}`
    const budget = await ledger.executePlan(
      "lcsp-2009-10",
      [
        line("behaviour-service", "Behaviour Service", "19.5", "870.1"),
        line("cognition-learning", "Cognition & Learning", "19.1", "888.1")
      ],
      provenance("finance-officer")
    )
    if (!budget.ok) return `refused: ${budget.error.message}`
    output.push(`budget lines: ${budget.events.length} events recorded after ${budget.conflictRetries} conflict retry`)
    const localPlan = await ledger.executePlan(
      "ashford-1-lcypp",
      [
        {
          _tag: "DraftPlan",
          planId: "ashford-1-lcypp",
          kind: "local-children-and-young-peoples-plan",
          title: "Ashford 1 Local Children and Young People's Plan",
          ownerId: "ashford-1-lcsp",
          period: Period.financialYear("2009/10")
        }
      ],
      provenance("partnership-manager")
    )
    if (!localPlan.ok) return `refused: ${localPlan.error.message}`

    // Wait until the dashboard has folded everything committed so far, then stop following.
    target = (await store.head()).globalPosition
    await new Promise<void>((resolve) => {
      caughtUp = resolve
      if (dashboard.nextPosition() > target) resolve()
    })
    following.abort()
    await subscription
    output.push(dashboard.table())
    return output.join("\n")
  } finally {
    following.abort()
    await subscription.catch(() => undefined)
    await colleagueStore.close()
    await store.close()
  }
}
