import { Period, type PlanCommand } from "@plan-ledger/core"
import { DIRECTORATE_ID } from "@plan-ledger/example-kent-partnerships"

/**
 * The plan itself, as its title page names it: the Children, Families and Education
 * directorate's service level business plan 2009/10 for the Local Children's Services
 * Partnerships.
 *
 * @category data
 * @since 0.1.0
 */
export const planCommands = (planId: string): ReadonlyArray<PlanCommand> => [
  {
    _tag: "DraftPlan",
    planId,
    kind: "service-business-plan",
    title: "Local Children's Services Partnerships service level business plan 2009/10",
    ownerId: DIRECTORATE_ID,
    period: Period.financialYear("2009/10")
  }
]
