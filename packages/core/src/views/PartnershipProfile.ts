import { Result } from "effect"
import type { LedgerState } from "../ledger/LedgerState.js"
import type { PartnershipKind } from "../partnership/events.js"
import type { PartnershipState } from "../partnership/PartnershipState.js"
import type { PlanListEntry } from "../plan/lifecycle/views/PlanList.js"
import * as PlanList from "../plan/lifecycle/views/PlanList.js"
import { findPartnership, type PartnershipNotFound } from "../partnership/views/PartnershipNotFound.js"

/**
 * One partnership's story: what it was registered as and when it was transformed, its names,
 * managers, board, counts, and the plans it owns with their status.
 *
 * @category models
 * @since 0.3.0
 */
export interface PartnershipProfile {
  readonly partnership: PartnershipState
  readonly registeredAs: PartnershipKind
  readonly plans: ReadonlyArray<PlanListEntry & { readonly supersededBy: ReadonlyArray<string> }>
}

/**
 * The profile of one partnership, or `PartnershipNotFound` listing those the ledger holds.
 *
 * @category projections
 * @since 0.3.0
 */
export const project = (ledger: LedgerState, partnershipId: string): Result.Result<PartnershipProfile, PartnershipNotFound> =>
  Result.map(findPartnership(ledger, partnershipId), (partnership) => ({
    partnership,
    registeredAs: partnership.registration.kind,
    plans: PlanList.project(ledger)
      .filter((plan) => plan.ownerId === partnershipId)
      .map((plan) => ({ ...plan, supersededBy: ledger.plans.get(plan.planId)?.supersession?.supersededBy ?? [] }))
  }))
