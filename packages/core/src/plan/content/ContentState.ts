import type { Accumulator } from "../../internal/Accumulator.js"
import type { SliceHandlers } from "../../internal/SliceHandlers.js"
import type { ConsultationRecorded, ContentEvent, KeyActionAdded, LeadRoleAssigned, PlanPriorityAdded, RiskRecorded } from "./events.js"

/**
 * The content slice of a plan: what it says it will do. Each entry is the payload that last set
 * it, keyed by its code or id.
 *
 * @category models
 * @since 0.2.0
 */
export interface ContentState {
  readonly priorities: ReadonlyMap<string, typeof PlanPriorityAdded.Type>
  readonly leadRoles: ReadonlyMap<string, typeof LeadRoleAssigned.Type>
  readonly keyActions: ReadonlyMap<string, typeof KeyActionAdded.Type>
  readonly risks: ReadonlyMap<string, typeof RiskRecorded.Type>
  readonly consultations: ReadonlyMap<string, typeof ConsultationRecorded.Type>
}

/**
 * The content slice of a freshly drafted plan.
 *
 * @category folds
 * @since 0.2.0
 */
export const emptyContent = (): Accumulator<ContentState> => ({
  priorities: new Map(),
  leadRoles: new Map(),
  keyActions: new Map(),
  risks: new Map(),
  consultations: new Map()
})

/**
 * How each content event changes the slice.
 *
 * @category folds
 * @since 0.2.0
 */
export const contentHandlers: SliceHandlers<ContentEvent, Accumulator<ContentState>> = {
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
  }
}
