import { Either } from "effect"
import { match } from "ts-pattern"
import { unlessEquivalent } from "../../internal/unlessEquivalent.js"
import type { ContentCommand } from "./ContentCommand.js"
import type { ContentState } from "./ContentState.js"
import { ConsultationRecorded, type ContentEvent, KeyActionAdded, LeadRoleAssigned, PlanPriorityAdded, RiskRecorded } from "./events.js"

/**
 * What a content command records: its event, or nothing when the plan already holds an
 * equivalent payload. Content breaks no rule of its own.
 *
 * @category deciders
 * @since 0.2.0
 */
export const decide = (command: ContentCommand, plan: ContentState): Either.Either<ReadonlyArray<ContentEvent>, never> =>
  Either.right(
    match(command)
      .with({ _tag: "AddPriority" }, ({ _tag, ...fields }) => {
        const produced = { _tag: "PlanPriorityAdded" as const, ...fields }
        return unlessEquivalent(PlanPriorityAdded, plan.priorities.get(fields.code), produced, produced)
      })
      .with({ _tag: "AssignLeadRole" }, ({ _tag, ...fields }) => {
        const produced = { _tag: "LeadRoleAssigned" as const, ...fields }
        return unlessEquivalent(LeadRoleAssigned, plan.leadRoles.get(fields.code), produced, produced)
      })
      .with({ _tag: "AddKeyAction" }, ({ _tag, ...fields }) => {
        const produced = { _tag: "KeyActionAdded" as const, ...fields }
        return unlessEquivalent(KeyActionAdded, plan.keyActions.get(fields.actionId), produced, produced)
      })
      .with({ _tag: "RecordRisk" }, ({ _tag, ...fields }) => {
        const produced = { _tag: "RiskRecorded" as const, ...fields }
        return unlessEquivalent(RiskRecorded, plan.risks.get(fields.riskId), produced, produced)
      })
      .with({ _tag: "RecordConsultation" }, ({ _tag, ...fields }) => {
        const produced = { _tag: "ConsultationRecorded" as const, ...fields }
        return unlessEquivalent(ConsultationRecorded, plan.consultations.get(fields.consultationId), produced, produced)
      })
      .exhaustive()
  )

/**
 * What a content command is about, in the plan's own words (for restatements and refusals).
 *
 * @category deciders
 * @since 0.2.0
 */
export const describe = (command: ContentCommand): string =>
  match(command)
    .with({ _tag: "AddPriority" }, ({ code }) => `priority ${code}`)
    .with({ _tag: "AssignLeadRole" }, ({ code }) => `lead role ${code}`)
    .with({ _tag: "AddKeyAction" }, ({ actionId }) => `key action ${actionId}`)
    .with({ _tag: "RecordRisk" }, ({ riskId }) => `risk ${riskId}`)
    .with({ _tag: "RecordConsultation" }, ({ consultationId }) => `consultation ${consultationId}`)
    .exhaustive()
