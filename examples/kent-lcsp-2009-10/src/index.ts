import type { ExecuteOutcome, Ledger, LedgerError } from "@plan-ledger/core"
import { loadKentPartnerships } from "@plan-ledger/example-kent-partnerships"
import { budgetCommands, indicatorCommands, staffingCommands, variationCommands } from "./figureTables.js"
import { consultationCommands } from "./consultations.js"
import { COUNTY_PLAN_CATALOGUE_ID, countyPlanCatalogueCommands } from "./countyPlanCatalogue.js"
import { keyActionCommands } from "./keyActions.js"
import { leadRoleCommands } from "./leadRoles.js"
import { NATIONAL_INDICATOR_CATALOGUE_ID, nationalIndicatorCatalogueCommands } from "./nationalIndicatorCatalogue.js"
import { planCommands } from "./plan.js"
import { priorityCommands } from "./priorities.js"
import { fromTable } from "./source.js"

/**
 * The id of the example plan.
 *
 * @category data
 * @since 0.1.0
 */
export const PLAN_ID = "lcsp-business-plan-2009-10"

/**
 * The area the plan's KPI values are reported for: all 23 LCSPs together.
 *
 * @category data
 * @since 0.1.0
 */
export const KPI_AREA = "kent-lcsps"

const orFail = async (outcome: Promise<ExecuteOutcome>): Promise<void> => {
  const result = await outcome
  if (!result.ok) throw result.error satisfies LedgerError
}

/**
 * Records the plan in a ledger: the county, the directorate and the 23 LCSPs (see
 * `@plan-ledger/example-kent-partnerships`), then the plan, its priorities,
 * lead roles, key actions, consultations, budget, variation statement, staffing and KPI table,
 * each table as one atomic append citing its source table. Loading twice records nothing the second time.
 *
 * @example
 * import { InMemoryEventStore, Ledger, BudgetStatement } from "@plan-ledger/core"
 * import { loadKentLcsp200910, PLAN_ID } from "@plan-ledger/example-kent-lcsp-2009-10"
 * const ledger = Ledger.make({ store: InMemoryEventStore.make() })
 * await loadKentLcsp200910(ledger)
 * const state = await ledger.state()
 * const budget = BudgetStatement.project(state, PLAN_ID)
 * if (budget._tag === "Success") console.log(budget.success.totals.controllableExpenditure) // 5022260000 pence
 *
 * @category loaders
 * @since 0.1.0
 */
export const loadKentLcsp200910 = async (ledger: Ledger.Ledger): Promise<void> => {
  const kpiTable = indicatorCommands(PLAN_ID, KPI_AREA)
  await orFail(
    ledger.executeCatalogue(
      COUNTY_PLAN_CATALOGUE_ID,
      countyPlanCatalogueCommands(),
      fromTable("Lead Roles: Key Corporate/Directorate Targets")
    )
  )
  await orFail(
    ledger.executeCatalogue(
      NATIONAL_INDICATOR_CATALOGUE_ID,
      nationalIndicatorCatalogueCommands(kpiTable),
      fromTable("Support to following National Indicators")
    )
  )
  await loadKentPartnerships(ledger)
  await orFail(ledger.executePlan(PLAN_ID, planCommands(PLAN_ID), fromTable("Title page")))
  await orFail(
    ledger.executePlan(
      PLAN_ID,
      priorityCommands(PLAN_ID),
      fromTable("Core Purpose of Local Children Services Partnerships: The LCSP will fulfill its core purpose by")
    )
  )
  await orFail(ledger.executePlan(PLAN_ID, leadRoleCommands(PLAN_ID), fromTable("Lead Roles: Key Corporate/Directorate Targets")))
  await orFail(ledger.executePlan(PLAN_ID, keyActionCommands(PLAN_ID), fromTable("LCSP key actions, projects and developments 2009 - 10")))
  await orFail(
    ledger.executePlan(PLAN_ID, consultationCommands(PLAN_ID), fromTable("Consultation Exercises, Satisfaction Surveys, Reviews"))
  )
  await orFail(
    ledger.executePlan(
      PLAN_ID,
      budgetCommands(PLAN_ID),
      fromTable("Revenue budget: Operations, Resources and Skills (CFE) Local Children's Service Partnership")
    )
  )
  await orFail(ledger.executePlan(PLAN_ID, variationCommands(PLAN_ID), fromTable("LCSP Variation Statement")))
  await orFail(ledger.executePlan(PLAN_ID, staffingCommands(PLAN_ID), fromTable("Staffing Levels")))
  await orFail(ledger.executePlan(PLAN_ID, kpiTable, fromTable("Key Performance Indicators")))
}
