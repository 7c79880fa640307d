import type { PlanEvent } from "../../plan/PlanEvent.js"
import type { PlanState } from "../../plan/PlanState.js"
import { budgetFields } from "./BudgetFields.js"
import { contentFields } from "./ContentFields.js"
import { indicatorFields } from "./IndicatorFields.js"
import { lifecycleFields } from "./LifecycleFields.js"
import type { PlanField } from "./PlanField.js"
import { staffingFields } from "./StaffingFields.js"

type Slice = (plan: PlanState) => Array<PlanField>

// The slice each event changes: a new plan event must be given one here, or the build breaks.
const SLICE_OF: { readonly [Tag in PlanEvent["_tag"]]: Slice } = {
  PlanDrafted: lifecycleFields,
  PlanRevised: lifecycleFields,
  PlanApproved: lifecycleFields,
  PlanRestated: lifecycleFields,
  PlanSuperseded: lifecycleFields,
  ThemeAdded: contentFields,
  PlanPriorityAdded: contentFields,
  LeadRoleAssigned: contentFields,
  KeyActionAdded: contentFields,
  RiskRecorded: contentFields,
  ConsultationRecorded: contentFields,
  ActionProgressRecorded: contentFields,
  VoiceRecorded: contentFields,
  BudgetLineAdded: budgetFields,
  BudgetLineRevised: budgetFields,
  BudgetLineRenamed: budgetFields,
  BudgetLineMoved: budgetFields,
  BudgetTotalsStated: budgetFields,
  MemorandumItemRecorded: budgetFields,
  VariationOpeningStated: budgetFields,
  VariationItemRecorded: budgetFields,
  VariationClosingStated: budgetFields,
  StaffingRowRecorded: staffingFields,
  StaffingTotalStated: staffingFields,
  ExternalFundingRecorded: staffingFields,
  StaffingMovementJustified: staffingFields,
  StaffingChangeExplained: staffingFields,
  PlanIndicatorAdded: indicatorFields,
  IndicatorValueReported: indicatorFields,
  IndicatorValueUnavailable: indicatorFields
}

/**
 * Every field of a plan, slice by slice (lifecycle, budget and variation statement, staffing,
 * indicators, content); none for a plan not drafted.
 *
 * @category projections
 * @since 0.2.0
 */
export const planFields = (plan: PlanState | undefined): Array<PlanField> =>
  plan === undefined
    ? []
    : [...lifecycleFields(plan), ...budgetFields(plan), ...staffingFields(plan), ...indicatorFields(plan), ...contentFields(plan)]

/**
 * The fields of the slice an event changes, read from a plan before or after it: comparing the two
 * gives the event's field-level changes without reading the rest of the plan.
 *
 * @category projections
 * @since 0.2.0
 */
export const sliceFields = (event: PlanEvent, plan: PlanState | undefined): Array<PlanField> =>
  plan === undefined ? [] : SLICE_OF[event._tag](plan)
