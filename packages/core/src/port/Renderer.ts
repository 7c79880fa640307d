import type { ActionProgress } from "../plan/content/views/ActionProgress.js"
import type { BudgetStatement } from "../plan/budget/views/BudgetStatement.js"
import type { ContentFinding } from "../plan/content/views/ContentFindings.js"
import type { CrossPlanReport } from "../views/CrossPlanFindings.js"
import type { CurrentPlan } from "../views/CurrentPlan.js"
import type { IndicatorScorecard } from "../plan/indicators/views/IndicatorScorecard.js"
import type { Finding } from "../views/ReconciliationFindings.js"
import type { HistoryEntry } from "../views/PlanHistory.js"
import type { IndicatorRollUp } from "../views/IndicatorRollUp.js"
import type { PartnershipList } from "../partnership/views/PartnershipList.js"
import type { PartnershipProfile } from "../views/PartnershipProfile.js"
import type { PlanDiff } from "../views/PlanDiff.js"
import type { PlanListEntry } from "../plan/lifecycle/views/PlanList.js"
import type { StaffingTotals } from "../plan/staffing/views/StaffingTotals.js"
import type { SubjectAccess } from "../personal/SubjectAccess.js"
import type { VariationStatement } from "../plan/budget/views/VariationStatement.js"

/**
 * The contract every output adapter (JSON, CSV, Markdown, …) implements: one pure function per
 * projection, from the projection's exact figures to text. Rounding to the published units
 * happens here and nowhere else. `Output` is the text itself, or a promise of it for a format
 * whose rendering is asynchronous (HTML charts are laid out by an asynchronous chart library).
 *
 * @category ports
 * @since 0.1.0
 */
export interface Renderer<Output = string> {
  readonly format: string
  readonly currentPlan: (view: CurrentPlan) => Output
  readonly budgetStatement: (view: BudgetStatement) => Output
  readonly variationStatement: (view: VariationStatement) => Output
  readonly staffingTotals: (view: StaffingTotals) => Output
  readonly scorecard: (view: IndicatorScorecard) => Output
  readonly findings: (findings: ReadonlyArray<Finding>) => Output
  readonly contentFindings: (findings: ReadonlyArray<ContentFinding>) => Output
  /** What `check` prints: the figures that do not add up and the gaps in the plan's content, as one document. */
  readonly checkReport: (findings: ReadonlyArray<Finding>, contentFindings: ReadonlyArray<ContentFinding>) => Output
  /** What `check --all` and `check --with-related` print: figures that appear in two places and differ. */
  readonly crossPlanReport: (report: CrossPlanReport) => Output
  readonly actionProgress: (view: ActionProgress) => Output
  readonly planList: (plans: ReadonlyArray<PlanListEntry>) => Output
  /** Every change to a plan, in order, each with its provenance and one-line summary. */
  readonly history: (planId: string, entries: ReadonlyArray<HistoryEntry>) => Output
  readonly partnershipList: (view: PartnershipList) => Output
  readonly partnershipProfile: (view: PartnershipProfile) => Output
  readonly indicatorRollUp: (view: IndicatorRollUp) => Output
  /** The field-level difference of a plan between two points, each difference with its causes. */
  readonly diff: (view: PlanDiff) => Output
  /** Every value the ledger keeps about a person, with where it appears (a subject access request). */
  readonly subjectAccess: (view: SubjectAccess) => Output
}
