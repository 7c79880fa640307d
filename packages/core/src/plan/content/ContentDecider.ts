import type { Decider } from "@plan-ledger/eventstore"
import { Result } from "effect"
import { match } from "ts-pattern"
import { evolveBy } from "../../internal/SliceHandlers.js"
import { unlessEquivalent } from "../../internal/unlessEquivalent.js"
import type { ContentCommand } from "./ContentCommand.js"
import { type ContentState, contentHandlers, emptyContent } from "./ContentState.js"
import { ActionNotInPlan, ProgressIncomplete } from "./ContentRuleViolation.js"
import {
  ActionProgressRecorded,
  ConsultationRecorded,
  type ContentEvent,
  ContributingIndicatorListed,
  KeyActionAdded,
  LeadRoleAssigned,
  PlanPriorityAdded,
  RiskRecorded,
  ThemeAdded,
  VoiceRecorded
} from "./events.js"

type Violation = ActionNotInPlan | ProgressIncomplete

type Decision = Result.Result<ReadonlyArray<ContentEvent>, Violation>

type Statement = Pick<typeof VoiceRecorded.Type, "themeCode" | "speaker" | "statement">

const saysTheSame = (held: Statement, recorded: Statement): boolean =>
  held.themeCode === recorded.themeCode && held.speaker === recorded.speaker && held.statement === recorded.statement

// The first free id `<theme>/<speaker>/<n>`, counting from one more than the statements the plan
// holds on that theme from that speaker.
const nextVoiceId = (plan: ContentState, statement: Pick<Statement, "themeCode" | "speaker">): string => {
  const prefix = `${statement.themeCode}/${statement.speaker}/`
  let ordinal = [...plan.voices.keys()].filter((id) => id.startsWith(prefix)).length + 1
  while (plan.voices.has(`${prefix}${ordinal}`)) ordinal++
  return `${prefix}${ordinal}`
}

const recordProgress = (plan: ContentState, produced: typeof ActionProgressRecorded.Type): Decision => {
  if (!plan.keyActions.has(produced.actionId))
    return Result.fail(new ActionNotInPlan({ planId: produced.planId, actionId: produced.actionId }))
  const incomplete = (missing: string) =>
    Result.fail(new ProgressIncomplete({ planId: produced.planId, actionId: produced.actionId, status: produced.status, missing }))
  if (produced.status === "slipped" && produced.revisedTargetDate === undefined) return incomplete("new target date")
  if (produced.status === "withdrawn" && produced.note === undefined) return incomplete("reason (a note)")
  const held = plan.progress.get(produced.actionId)?.find((update) => update.recordedOn === produced.recordedOn)
  return Result.succeed(unlessEquivalent(ActionProgressRecorded, held, produced, produced))
}

/**
 * What a content command records: its event, or nothing when the plan already holds an
 * equivalent payload. Progress is recorded only for a key action the plan holds; a slipped action
 * needs its new target date and a withdrawn one its reason.
 */
const decide = (command: ContentCommand, plan: ContentState): Decision =>
  match(command)
    .with({ _tag: "RecordActionProgress" }, ({ _tag, ...fields }) => recordProgress(plan, { _tag: "ActionProgressRecorded", ...fields }))
    .with({ _tag: "RecordRisk" }, ({ _tag, ...fields }) => recordRisk(plan, { _tag: "RiskRecorded", ...fields }))
    .otherwise((settable) => Result.succeed(settableContent(settable, plan)))

// A risk that names the action it threatens names one the plan holds.
const recordRisk = (plan: ContentState, produced: typeof RiskRecorded.Type): Decision => {
  if (produced.actionId !== undefined && !plan.keyActions.has(produced.actionId))
    return Result.fail(new ActionNotInPlan({ planId: produced.planId, actionId: produced.actionId }))
  return Result.succeed(unlessEquivalent(RiskRecorded, plan.risks.get(produced.riskId), produced, produced))
}

const settableContent = (
  command: Exclude<ContentCommand, { _tag: "RecordActionProgress" | "RecordRisk" }>,
  plan: ContentState
): ReadonlyArray<ContentEvent> =>
  match(command)
    .with({ _tag: "AddTheme" }, ({ _tag, ...fields }) => {
      const produced = { _tag: "ThemeAdded" as const, ...fields }
      return unlessEquivalent(ThemeAdded, plan.themes.get(fields.code), produced, produced)
    })
    .with({ _tag: "RecordVoice" }, ({ _tag, voiceId, ...fields }) => {
      // A statement the table gives no id that the plan already holds, word for word, under any
      // id is the same statement: importing its table again records nothing. A new one is given
      // the next free id of its theme and speaker — never one made of its words, which are
      // personal and kept outside the hashed event.
      if (voiceId === undefined && [...plan.voices.values()].some((held) => saysTheSame(held, fields))) return []
      const produced = { _tag: "VoiceRecorded" as const, voiceId: voiceId ?? nextVoiceId(plan, fields), ...fields }
      return unlessEquivalent(VoiceRecorded, plan.voices.get(produced.voiceId), produced, produced)
    })
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
    .with({ _tag: "RecordConsultation" }, ({ _tag, ...fields }) => {
      const produced = { _tag: "ConsultationRecorded" as const, ...fields }
      return unlessEquivalent(ConsultationRecorded, plan.consultations.get(fields.consultationId), produced, produced)
    })
    .with({ _tag: "ListContributingIndicator" }, ({ _tag, ...fields }) => {
      const produced = { _tag: "ContributingIndicatorListed" as const, ...fields }
      return unlessEquivalent(ContributingIndicatorListed, plan.contributingIndicators.get(fields.code), produced, produced)
    })
    .exhaustive()

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
    .with({ _tag: "AddTheme" }, ({ code }) => `theme ${code}`)
    .with(
      { _tag: "RecordActionProgress" },
      ({ actionId, recordedOn }) => `progress of key action ${actionId} ${recordedOn === undefined ? "(undated)" : `on ${recordedOn}`}`
    )
    .with({ _tag: "ListContributingIndicator" }, ({ code }) => `contributing indicator ${code}`)
    .with({ _tag: "RecordVoice" }, ({ voiceId, themeCode, speaker }) =>
      voiceId === undefined ? `a new ${speaker} statement on theme ${themeCode}` : `statement ${voiceId}`
    )
    .exhaustive()

/**
 * The content slice as a decider: `decide` above, the slice's fold (`contentHandlers`) as
 * `evolve` and the slice of a freshly drafted plan as its initial state. It reads nothing of the
 * context. `evolve` updates the accumulator it is handed in place (see docs/architecture.md,
 * "Folds update an accumulator they own").
 *
 * @category deciders
 * @since 0.5.0
 */
export const decider: Decider.Decider<ContentState, ContentCommand, ContentEvent, Violation, unknown> = {
  initialState: emptyContent,
  decide,
  evolve: evolveBy<ContentState, ContentEvent, unknown>(contentHandlers)
}
