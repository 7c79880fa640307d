import type { Accumulator } from "../../internal/Accumulator.js"
import type { SliceHandlers } from "../../internal/SliceHandlers.js"
import type {
  ActionProgressRecorded,
  ConsultationRecorded,
  ContentEvent,
  KeyActionAdded,
  LeadRoleAssigned,
  PlanPriorityAdded,
  RiskRecorded,
  ThemeAdded,
  VoiceRecorded,
  ContributingIndicatorListed
} from "./events.js"

/**
 * The content slice of a plan: what it says it will do. Each entry is the payload that last set
 * it, keyed by its code or id.
 *
 * @category models
 * @since 0.2.0
 */
export interface ContentState {
  readonly themes: ReadonlyMap<string, typeof ThemeAdded.Type>
  readonly priorities: ReadonlyMap<string, typeof PlanPriorityAdded.Type>
  readonly leadRoles: ReadonlyMap<string, typeof LeadRoleAssigned.Type>
  readonly keyActions: ReadonlyMap<string, typeof KeyActionAdded.Type>
  readonly risks: ReadonlyMap<string, typeof RiskRecorded.Type>
  readonly consultations: ReadonlyMap<string, typeof ConsultationRecorded.Type>
  /**
   * Every progress update of each key action, oldest first (one per monitoring date); undated
   * updates come first, since nothing says they are later than any dated one.
   */
  readonly progress: ReadonlyMap<string, ReadonlyArray<typeof ActionProgressRecorded.Type>>
  readonly voices: ReadonlyMap<string, typeof VoiceRecorded.Type>
  readonly contributingIndicators: ReadonlyMap<string, typeof ContributingIndicatorListed.Type>
}

/**
 * The content slice of a freshly drafted plan.
 *
 * @category folds
 * @since 0.2.0
 */
export const emptyContent = (): Accumulator<ContentState> => ({
  themes: new Map(),
  priorities: new Map(),
  leadRoles: new Map(),
  keyActions: new Map(),
  risks: new Map(),
  consultations: new Map(),
  progress: new Map(),
  voices: new Map(),
  contributingIndicators: new Map()
})

/**
 * How each content event changes the slice.
 *
 * @category folds
 * @since 0.2.0
 */
export const contentHandlers: SliceHandlers<ContentEvent, Accumulator<ContentState>, unknown> = {
  ThemeAdded: (state, theme) => {
    state.themes.set(theme.code, theme)
  },
  PlanPriorityAdded: (state, added) => {
    state.priorities.set(added.code, added)
  },
  LeadRoleAssigned: (state, role) => {
    state.leadRoles.set(role.code, role)
  },
  KeyActionAdded: (state, action) => {
    state.keyActions.set(action.actionId, action)
  },
  RiskRecorded: (state, risk) => {
    state.risks.set(risk.riskId, risk)
  },
  ConsultationRecorded: (state, consultation) => {
    state.consultations.set(consultation.consultationId, consultation)
  },
  ActionProgressRecorded: (state, update) => {
    // One update per monitoring date: a later record for the same date corrects it in place.
    const earlier = (state.progress.get(update.actionId) ?? []).filter((held) => held.recordedOn !== update.recordedOn)
    state.progress.set(
      update.actionId,
      [...earlier, update].sort((left, right) => {
        const [leftOn, rightOn] = [left.recordedOn ?? "", right.recordedOn ?? ""]
        return leftOn < rightOn ? -1 : leftOn > rightOn ? 1 : 0
      })
    )
  },
  VoiceRecorded: (state, voice) => {
    state.voices.set(voice.voiceId, voice)
  },
  ContributingIndicatorListed: (state, indicator) => {
    state.contributingIndicators.set(indicator.code, indicator)
  }
}
