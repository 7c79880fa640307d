import { Result } from "effect"
import { expect } from "vitest"
import type { PlanEvent } from "../plan/PlanEvent.js"
import type { PartnershipEvent } from "../partnership/events.js"
import * as PartnershipDecider from "../partnership/PartnershipDecider.js"
import type { PartnershipRuleViolation } from "../partnership/PartnershipRuleViolation.js"
import { CalendarDate } from "../period/Period.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import * as PlanDecider from "../plan/PlanDecider.js"
import type { PlanRuleViolation } from "../plan/PlanRuleViolation.js"
import type { EnvelopeFacts } from "@plan-ledger/eventstore"

/**
 * A business rule written as a specification: given these past events, when these commands
 * arrive, then exactly these events are decided — or this rule is broken. No store, no I/O.
 *
 * @category testing
 * @since 0.1.0
 */
export interface Specification<Command, Event, Violation extends { readonly _tag: string }> {
  readonly given: (events: ReadonlyArray<Event>) => {
    readonly when: (
      commands: Command | ReadonlyArray<Command>,
      context?: { readonly authority?: string }
    ) => {
      readonly then: (expected: ReadonlyArray<Event>) => void
      readonly thenFails: (expected: Partial<Violation> & { readonly _tag: Violation["_tag"] }) => void
    }
  }
}

const specificationFor = <Command, Event, Violation extends { readonly _tag: string }>(
  decideAll: (
    commands: ReadonlyArray<Command>,
    history: ReadonlyArray<Event>,
    context: EnvelopeFacts
  ) => Result.Result<ReadonlyArray<Event>, Violation>
): Specification<Command, Event, Violation> => ({
  given: (history) => ({
    when: (commands, context = {}) => {
      const facts: EnvelopeFacts = {
        actor: "specification",
        reason: "specification",
        effectiveDate: CalendarDate.make("2009-04-01"),
        ...(context.authority === undefined ? {} : { authority: context.authority })
      }
      const decision = decideAll(Array.isArray(commands) ? commands : [commands as Command], history, facts)
      return {
        then: (expected) => expect(decision).toEqual(Result.succeed(expected)),
        thenFails: (expected) => {
          expect(Result.isFailure(decision)).toBe(true)
          if (Result.isFailure(decision)) expect(decision.failure).toMatchObject(expected)
        }
      }
    }
  })
})

/**
 * Specifications of the plan decider's rules.
 *
 * @example
 * import { planSpecification } from "@plan-ledger/core/testkit"
 * planSpecification.given([]).when({ _tag: "ApprovePlan", planId: "p", approvedBy: "Cabinet", approvedOn: "2009-03-01" as never })
 *   .thenFails({ _tag: "PlanNotDrafted", planId: "p" })
 *
 * @category testing
 * @since 0.1.0
 */
export const planSpecification: Specification<PlanCommand, PlanEvent, PlanRuleViolation> = specificationFor(
  (commands: ReadonlyArray<PlanCommand>, history: ReadonlyArray<PlanEvent>, context) =>
    PlanDecider.decideAll(
      commands,
      history.map((data) => ({ ...context, data })),
      context
    )
)

/**
 * Specifications of the partnership decider's rules.
 *
 * @category testing
 * @since 0.1.0
 */
export const partnershipSpecification: Specification<PartnershipDecider.PartnershipCommand, PartnershipEvent, PartnershipRuleViolation> =
  specificationFor((commands: ReadonlyArray<PartnershipDecider.PartnershipCommand>, history: ReadonlyArray<PartnershipEvent>) =>
    PartnershipDecider.decideAll(
      commands,
      history.map((data) => ({ data }))
    )
  )
