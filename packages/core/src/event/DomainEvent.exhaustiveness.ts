// A type test, checked by `tsc -b` (part of `pnpm test`) and never run: matching the event union
// must fail to compile when a case is missing, so a new event type breaks the build wherever it
// is not handled.
import { match } from "ts-pattern"
import type { DomainEvent } from "./DomainEvent.js"

export const everyEventButOneIsACompileError = (event: DomainEvent): string =>
  match(event)
    .with(
      { _tag: "PartnershipRegistered" },
      { _tag: "ClusterTransformedToLcsp" },
      { _tag: "PartnershipRenamed" },
      { _tag: "PartnershipManagerAppointed" },
      { _tag: "PartnershipBoardEstablished" },
      { _tag: "PartnershipPopulationRecorded" },
      { _tag: "PartnershipBoardAgencyJoined" },
      { _tag: "PartnershipSettingsCounted" },
      () => "partnership"
    )
    .with(
      { _tag: "PlanDrafted" },
      { _tag: "PlanRevised" },
      { _tag: "PlanPriorityAdded" },
      { _tag: "LeadRoleAssigned" },
      { _tag: "KeyActionAdded" },
      { _tag: "RiskRecorded" },
      { _tag: "ConsultationRecorded" },
      { _tag: "PlanApproved" },
      { _tag: "PlanRestated" },
      { _tag: "PlanSuperseded" },
      () => "plan"
    )
    .with(
      { _tag: "BudgetLineAdded" },
      { _tag: "BudgetLineRevised" },
      { _tag: "BudgetLineRenamed" },
      { _tag: "BudgetLineMoved" },
      { _tag: "PriorYearLinesMapped" },
      { _tag: "BudgetTotalsStated" },
      { _tag: "MemorandumItemRecorded" },
      { _tag: "VariationOpeningStated" },
      { _tag: "VariationItemRecorded" },
      { _tag: "VariationClosingStated" },
      () => "budget"
    )
    .with(
      { _tag: "StaffingRowRecorded" },
      { _tag: "StaffingTotalStated" },
      { _tag: "ExternalFundingRecorded" },
      { _tag: "StaffingMovementJustified" },
      () => "staffing"
    )
    .with({ _tag: "PlanIndicatorAdded" }, { _tag: "IndicatorValueReported" }, () => "indicator")
    // Missing: StaffingChangeExplained and IndicatorValueUnavailable.
    // @ts-expect-error — the match is not exhaustive
    .exhaustive()
