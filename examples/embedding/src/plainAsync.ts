// #region plain-async
import { Result } from "effect"
import { BudgetStatement, Fte, InMemoryEventStore, Ledger, Money, Period } from "@plan-ledger/core"

export const plainAsyncExample = async (): Promise<string> => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  const provenance = {
    actor: "finance-officer",
    reason: "budget agreed at the March meeting",
    effectiveDate: Period.CalendarDate.make("2009-04-01")
  }
  const outcome = await ledger.executePlan(
    "lcsp-2009-10",
    [
      {
        _tag: "DraftPlan",
        planId: "lcsp-2009-10",
        kind: "service-business-plan",
        title: "LCSP business plan 2009/10",
        ownerId: "kcc-cfe",
        period: Period.financialYear("2009/10")
      },
      {
        _tag: "SetBudgetLine",
        planId: "lcsp-2009-10",
        lineId: "early-years",
        activity: "Early Years",
        cabinetMember: "MD",
        figures: {
          fte: Fte.of("59.2"),
          employeeCosts: Money.thousands("2,706.2"),
          runningCosts: Money.pence(0),
          contractsAndProjects: Money.pence(0),
          externalIncome: Money.pence(0),
          internalIncome: Money.thousands("-140.4")
        },
        stated: {}
      }
    ],
    provenance
  )
  if (!outcome.ok) {
    switch (outcome.error._tag) {
      case "ApprovedPlanChangeRefused":
        return `needs an authority: ${outcome.error.message}`
      default:
        return `refused: ${outcome.error.message}`
    }
  }
  const state = await ledger.state()
  const budget = BudgetStatement.project(state, "lcsp-2009-10")
  if (Result.isFailure(budget)) return budget.failure.message
  return `controllable £${Money.formatThousands(budget.success.totals.controllableExpenditure)}k`
}
// #endregion plain-async
