import type { ActionProgress } from "../projections/ActionProgress.js"
import type { BudgetStatement } from "../projections/BudgetStatement.js"
import type { ContentFinding } from "../projections/ContentFindings.js"
import type { CurrentPlan } from "../projections/CurrentPlan.js"
import type { IndicatorScorecard } from "../projections/IndicatorScorecard.js"
import type { Finding } from "../projections/ReconciliationFindings.js"
import type { HistoryEntry } from "../projections/PlanHistory.js"
import type { IndicatorRollUp } from "../projections/IndicatorRollUp.js"
import type { PartnershipList } from "../projections/PartnershipList.js"
import type { PartnershipProfile } from "../projections/PartnershipProfile.js"
import type { PlanDiff } from "../projections/PlanDiff.js"
import type { PlanListEntry } from "../projections/PlanList.js"
import type { StaffingTotals } from "../projections/StaffingTotals.js"
import type { VariationStatement } from "../projections/VariationStatement.js"

/**
 * The contract every output adapter (JSON, CSV, Markdown, …) implements: one pure function per
 * projection, from the projection's exact figures to text. Rounding to the published units
 * happens here and nowhere else.
 *
 * @category ports
 * @since 0.1.0
 */
export interface Renderer {
  readonly format: string
  readonly currentPlan: (view: CurrentPlan) => string
  readonly budgetStatement: (view: BudgetStatement) => string
  readonly variationStatement: (view: VariationStatement) => string
  readonly staffingTotals: (view: StaffingTotals) => string
  readonly scorecard: (view: IndicatorScorecard) => string
  readonly findings: (findings: ReadonlyArray<Finding>) => string
  readonly contentFindings: (findings: ReadonlyArray<ContentFinding>) => string
  /** What `check` prints: the figures that do not add up and the gaps in the plan's content, as one document. */
  readonly checkReport: (findings: ReadonlyArray<Finding>, contentFindings: ReadonlyArray<ContentFinding>) => string
  readonly actionProgress: (view: ActionProgress) => string
  readonly planList: (plans: ReadonlyArray<PlanListEntry>) => string
  /** Every change to a plan, in order, each with its provenance and one-line summary. */
  readonly history: (planId: string, entries: ReadonlyArray<HistoryEntry>) => string
  readonly partnershipList: (view: PartnershipList) => string
  readonly partnershipProfile: (view: PartnershipProfile) => string
  readonly indicatorRollUp: (view: IndicatorRollUp) => string
  /** The field-level difference of a plan between two points, each difference with its causes. */
  readonly diff: (view: PlanDiff) => string
}
