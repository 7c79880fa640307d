import type { PlanEvent } from "../../plan/PlanEvent.js"
import type { PlanState } from "../../plan/PlanState.js"
import { staffingRowKey } from "../../plan/staffing/StaffingState.js"
import { variationItemKey } from "../../plan/budget/BudgetState.js"
import { keyInUnit } from "../../plan/Unit.js"
import {
  budgetFields,
  budgetLineFields,
  memorandumItemFields,
  statedTotalsFields,
  variationEndFields,
  variationItemFields
} from "../../plan/budget/views/BudgetFields.js"
import {
  consultationFields,
  contributingIndicatorFields,
  contentFields,
  keyActionFields,
  leadRoleFields,
  priorityFields,
  riskFields,
  themeFields,
  voiceFields
} from "../../plan/content/views/ContentFields.js"
import { indicatorFields, indicatorFieldsOf } from "../../plan/indicators/views/IndicatorFields.js"
import { lifecycleFields } from "../../plan/lifecycle/views/LifecycleFields.js"
import type { PlanField } from "../../plan/views/PlanField.js"
import {
  externalFundingFields,
  staffingExplanationFields,
  staffingFields,
  staffingMovementFields,
  staffingRowFields,
  staffingTotalFields
} from "../../plan/staffing/views/StaffingFields.js"

type Touched = {
  readonly [Tag in PlanEvent["_tag"]]: (plan: PlanState, event: Extract<PlanEvent, { readonly _tag: Tag }>) => Array<PlanField>
}

// The fields each event can change: those of the one subject it is about (a line, an item, an
// action, an indicator), so an event's changes cost the size of its subject, not of the plan. A new
// plan event must be given its subject here, or the build breaks.
const TOUCHED: Touched = {
  PlanDrafted: lifecycleFields,
  PlanRevised: lifecycleFields,
  PlanApproved: lifecycleFields,
  PlanRestated: lifecycleFields,
  PlanSuperseded: lifecycleFields,
  PersonalDataErased: () => [],
  ThemeAdded: (plan, { code }) => themeFields(plan.themes.get(code)),
  PlanPriorityAdded: (plan, { code }) => priorityFields(plan.priorities.get(code)),
  LeadRoleAssigned: (plan, { code }) => leadRoleFields(plan.leadRoles.get(code)),
  KeyActionAdded: (plan, { actionId }) => keyActionFields(plan.keyActions.get(actionId), plan.progress.get(actionId) ?? []),
  ActionProgressRecorded: (plan, { actionId }) => keyActionFields(plan.keyActions.get(actionId), plan.progress.get(actionId) ?? []),
  RiskRecorded: (plan, { riskId }) => riskFields(plan.risks.get(riskId)),
  ConsultationRecorded: (plan, { consultationId }) => consultationFields(plan.consultations.get(consultationId)),
  VoiceRecorded: (plan, { voiceId }) => voiceFields(plan.voices.get(voiceId)),
  ContributingIndicatorListed: (plan, { code }) => contributingIndicatorFields(plan.contributingIndicators.get(code)),
  BudgetLineAdded: (plan, { lineId }) => budgetLineFields(plan.budgetLines.get(lineId)),
  BudgetLineRevised: (plan, { lineId }) => budgetLineFields(plan.budgetLines.get(lineId)),
  BudgetLineRenamed: (plan, { lineId }) => budgetLineFields(plan.budgetLines.get(lineId)),
  BudgetLineMoved: (plan, { lineId }) => budgetLineFields(plan.budgetLines.get(lineId)),
  BudgetLineCarriesPlan: (plan, { lineId }) => budgetLineFields(plan.budgetLines.get(lineId)),
  // A mapping says how last year's lines correspond to this year's; it changes no value of a line.
  PriorYearLinesMapped: () => [],
  BudgetTotalsStated: (plan, { row, unit }) =>
    statedTotalsFields(row, (unit === undefined ? plan.statedTotals : plan.unitStatedTotals.get(unit))?.get(row), unit),
  MemorandumItemRecorded: (plan, { itemId, unit }) => memorandumItemFields(plan.memorandumItems.get(keyInUnit(unit, itemId))),
  VariationOpeningStated: (plan) => variationEndFields("opening", plan.variationOpening),
  VariationItemRecorded: (plan, { itemId, section }) => variationItemFields(plan.variationItems.get(variationItemKey(section, itemId))),
  VariationClosingStated: (plan) => variationEndFields("closing", plan.variationClosing),
  StaffingRowRecorded: (plan, { rowType, name, unit }) => {
    const key = staffingRowKey(rowType, name, unit)
    return staffingRowFields(key, plan.staffingRows.get(key))
  },
  StaffingTotalStated: (plan, { unit }) => staffingTotalFields(plan, unit),
  ExternalFundingRecorded: (plan, { source }) => externalFundingFields(source, plan.externalFunding.get(source)),
  StaffingMovementJustified: (plan, { category }) => staffingMovementFields(category, plan.staffingMovements.get(category)),
  StaffingChangeExplained: staffingExplanationFields,
  PlanIndicatorAdded: (plan, { code }) => indicatorFieldsOf(plan.indicators.get(code)),
  IndicatorValueReported: (plan, { code }) => indicatorFieldsOf(plan.indicators.get(code)),
  IndicatorValueUnavailable: (plan, { code }) => indicatorFieldsOf(plan.indicators.get(code))
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
 * The fields an event can change — those of the subject it is about — read from a plan before or
 * after it: comparing the two gives the event's field-level changes without reading the rest of
 * the plan.
 *
 * @category projections
 * @since 0.2.0
 */
export const touchedFields = (event: PlanEvent, plan: PlanState | undefined): Array<PlanField> =>
  // The record is indexed by the event's own tag, so the reader always matches the event.
  plan === undefined ? [] : (TOUCHED[event._tag] as (plan: PlanState, event: PlanEvent) => Array<PlanField>)(plan, event)
