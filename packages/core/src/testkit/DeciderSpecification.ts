import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
import type { EnvelopeFacts } from "@plan-ledger/eventstore"
import type { PartnershipEvent } from "../partnership/events.js"
import * as PartnershipDecider from "../partnership/PartnershipDecider.js"
import type { PartnershipRuleViolation } from "../partnership/PartnershipRuleViolation.js"
import type { PartnershipState } from "../partnership/PartnershipState.js"
import { CalendarDate } from "../period/Period.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import * as PlanDecider from "../plan/PlanDecider.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import type { PlanRuleViolation } from "../plan/PlanRuleViolation.js"

// The provenance every specification's commands are decided under and its events recorded with.
const SPECIFICATION_FACTS: EnvelopeFacts = {
  actor: "specification",
  reason: "specification",
  effectiveDate: CalendarDate.make("2009-04-01")
}

/**
 * Specifications of the plan decider's rules (`PlanDecider.decider` under the event store's
 * `DeciderSpecification`); `when(commands, { authority })` decides on someone's authority.
 *
 * @example
 * import { planSpecification } from "@plan-ledger/core/testkit"
 * planSpecification.given([]).when({ _tag: "ApprovePlan", planId: "p", approvedBy: "Cabinet", approvedOn: "2009-03-01" as never })
 *   .thenFails({ _tag: "PlanNotDrafted", planId: "p" })
 *
 * @category testing
 * @since 0.1.0
 */
export const planSpecification: DeciderSpecification.Specification<PlanCommand, PlanEvent, PlanRuleViolation, EnvelopeFacts> =
  DeciderSpecification.make(PlanDecider.decider, SPECIFICATION_FACTS)

/**
 * Specifications of the partnership decider's rules.
 *
 * @category testing
 * @since 0.1.0
 */
export const partnershipSpecification: DeciderSpecification.Specification<
  PartnershipDecider.PartnershipCommand,
  PartnershipEvent,
  PartnershipRuleViolation,
  void
> = DeciderSpecification.make<
  PartnershipState | undefined,
  PartnershipDecider.PartnershipCommand,
  PartnershipEvent,
  PartnershipRuleViolation,
  void
>(PartnershipDecider.decider, undefined)
