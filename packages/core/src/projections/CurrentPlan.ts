import { Either } from "effect"
import type { Period } from "../period/Period.js"
import type { PlanState, PlanStatus, RestatementRecord } from "../plan/PlanState.js"
import type {
  ConsultationRecorded,
  KeyActionAdded,
  LeadRoleAssigned,
  PlanPriorityAdded,
  RiskRecorded
} from "../plan/content/events.js"
import type { LedgerState } from "../ledger/LedgerState.js"
import type { PlanKind } from "../plan/lifecycle/events.js"
import { findPlan, type PlanNotFound } from "./PlanNotFound.js"

/**
 * Everything a plan holds now, with its status and the history of its approval and
 * restatements.
 *
 * @category models
 * @since 0.1.0
 */
export interface CurrentPlan {
  readonly planId: string
  readonly kind: PlanKind
  readonly title: string
  readonly ownerId: string
  readonly period: Period
  readonly priorPlanId: string | undefined
  readonly status: PlanStatus
  readonly revisions: ReadonlyArray<string>
  readonly approval: { readonly approvedBy: string; readonly approvedOn: string } | undefined
  readonly supersession: { readonly supersededBy: string; readonly supersededOn: string } | undefined
  readonly restatements: ReadonlyArray<RestatementRecord>
  readonly priorities: ReadonlyArray<typeof PlanPriorityAdded.Type>
  readonly leadRoles: ReadonlyArray<typeof LeadRoleAssigned.Type>
  readonly keyActions: ReadonlyArray<typeof KeyActionAdded.Type>
  readonly risks: ReadonlyArray<typeof RiskRecorded.Type>
  readonly consultations: ReadonlyArray<typeof ConsultationRecorded.Type>
  readonly counts: {
    readonly budgetLines: number
    readonly variationItems: number
    readonly staffingRows: number
    readonly indicators: number
  }
}

/**
 * Projects the current state of a plan.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): Either.Either<CurrentPlan, PlanNotFound> =>
  Either.map(findPlan(ledger, planId), currentOf)

const currentOf = (plan: PlanState): CurrentPlan => ({
  planId: plan.planId,
  kind: plan.kind,
  title: plan.title,
  ownerId: plan.ownerId,
  period: plan.period,
  priorPlanId: plan.priorPlanId,
  status: plan.status,
  revisions: [...plan.revisions],
  approval: plan.approval,
  supersession: plan.supersession,
  restatements: [...plan.restatements],
  priorities: [...plan.priorities.values()],
  leadRoles: [...plan.leadRoles.values()],
  keyActions: [...plan.keyActions.values()],
  risks: [...plan.risks.values()],
  consultations: [...plan.consultations.values()],
  counts: {
    budgetLines: plan.budgetLines.size,
    variationItems: plan.variationItems.size,
    staffingRows: plan.staffingRows.size,
    indicators: plan.indicators.size
  }
})
