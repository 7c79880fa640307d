import type {
  BudgetLineAdded,
  BudgetTotalsStated,
  MemorandumItemRecorded,
  VariationClosingStated,
  VariationItemRecorded,
  VariationOpeningStated
} from "../budget/events.js"
import type { IndicatorValueReported, IndicatorValueUnavailable, PlanIndicatorAdded } from "../indicator/events.js"
import type {
  ExternalFundingRecorded,
  StaffingChangeExplained,
  StaffingMovementJustified,
  StaffingRowRecorded,
  StaffingTotalStated
} from "../staffing/events.js"
import type {
  ConsultationRecorded,
  KeyActionAdded,
  LeadRoleAssigned,
  PlanApproved,
  PlanDrafted,
  PlanPriorityAdded,
  PlanRevised,
  PlanSuperseded,
  RiskRecorded
} from "./events.js"

type Fields<Event extends { readonly _tag: string }> = Omit<Event, "_tag">
type Command<Tag extends string, Payload> = { readonly _tag: Tag } & Payload

/**
 * Every command a plan's decider accepts. Each command that sets something (`Set…`, `State…`,
 * `Add…`, `Record…`, `Report…`) is idempotent: repeating it with the same content records
 * nothing, so re-importing a table is a no-op.
 *
 * @category commands
 * @since 0.1.0
 */
export type PlanCommand =
  | Command<"DraftPlan", Fields<typeof PlanDrafted.Type>>
  | Command<"RevisePlan", Fields<typeof PlanRevised.Type>>
  | Command<"AddPriority", Fields<typeof PlanPriorityAdded.Type>>
  | Command<"AssignLeadRole", Fields<typeof LeadRoleAssigned.Type>>
  | Command<"AddKeyAction", Fields<typeof KeyActionAdded.Type>>
  | Command<"RecordRisk", Fields<typeof RiskRecorded.Type>>
  | Command<"RecordConsultation", Fields<typeof ConsultationRecorded.Type>>
  | Command<"ApprovePlan", Fields<typeof PlanApproved.Type>>
  | Command<"SupersedePlan", Fields<typeof PlanSuperseded.Type>>
  | Command<"SetBudgetLine", Fields<typeof BudgetLineAdded.Type>>
  | Command<"StateBudgetTotals", Fields<typeof BudgetTotalsStated.Type>>
  | Command<"SetMemorandumItem", Fields<typeof MemorandumItemRecorded.Type>>
  | Command<"StateVariationOpening", Fields<typeof VariationOpeningStated.Type>>
  | Command<"SetVariationItem", Fields<typeof VariationItemRecorded.Type>>
  | Command<"StateVariationClosing", Fields<typeof VariationClosingStated.Type>>
  | Command<"SetStaffingRow", Fields<typeof StaffingRowRecorded.Type>>
  | Command<"StateStaffingTotal", Fields<typeof StaffingTotalStated.Type>>
  | Command<"SetExternalFunding", Fields<typeof ExternalFundingRecorded.Type>>
  | Command<"JustifyStaffingMovement", Fields<typeof StaffingMovementJustified.Type>>
  | Command<"ExplainStaffingChange", Fields<typeof StaffingChangeExplained.Type>>
  | Command<"AddPlanIndicator", Fields<typeof PlanIndicatorAdded.Type>>
  | Command<"ReportIndicatorValue", Fields<typeof IndicatorValueReported.Type>>
  | Command<"ReportIndicatorUnavailable", Fields<typeof IndicatorValueUnavailable.Type>>
