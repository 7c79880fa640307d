import { Result } from "effect"
import type { LedgerState } from "../ledger/LedgerState.js"
import {
  type ConsultationRecorded,
  type EcmOutcome,
  type LeadRoleAssigned,
  type PlanLink,
  type RiskRecorded,
  statutoryWords
} from "../plan/content/events.js"
import * as Resource from "../plan/content/Resource.js"
import type { LifecycleState } from "../plan/lifecycle/LifecycleState.js"
import type { PlanState } from "../plan/PlanState.js"
import { type KeyActionView, ofAction } from "../plan/content/views/KeyActionView.js"
import { findPlan, type PlanNotFound } from "../plan/views/PlanNotFound.js"

/**
 * A priority of the plan with the key actions that serve it and what their resources add up to.
 *
 * @category models
 * @since 0.2.0
 */
export interface PriorityView {
  readonly code: string
  readonly title: string
  readonly ecmOutcome: typeof EcmOutcome.Type | undefined
  readonly links: ReadonlyArray<PlanLink>
  readonly actions: ReadonlyArray<KeyActionView>
  readonly resourceTotals: Resource.ResourceTotals
}

/**
 * A theme of the plan: its priorities (in the order they were recorded) and what parents and
 * children and young people said about it.
 *
 * @category models
 * @since 0.2.0
 */
export interface ThemeView {
  readonly code: string
  readonly name: string
  readonly ecmOutcome: typeof EcmOutcome.Type | undefined
  readonly priorities: ReadonlyArray<PriorityView>
  readonly parentsSaid: ReadonlyArray<string>
  readonly childrenAndYoungPeopleSaid: ReadonlyArray<string>
}

/**
 * Everything a plan holds now, with its status and the history of its approval and
 * restatements.
 *
 * @category models
 * @since 0.1.0
 */
export interface CurrentPlan extends LifecycleState {
  /** Themes with their priorities and key actions, in the order they were recorded. */
  readonly themes: ReadonlyArray<ThemeView>
  /** Priorities no recorded theme holds (a plan without themes has all of its priorities here). */
  readonly otherPriorities: ReadonlyArray<PriorityView>
  /** Key actions that serve no recorded priority. */
  readonly otherActions: ReadonlyArray<KeyActionView>
  readonly leadRoles: ReadonlyArray<typeof LeadRoleAssigned.Type>
  readonly risks: ReadonlyArray<typeof RiskRecorded.Type>
  readonly consultations: ReadonlyArray<typeof ConsultationRecorded.Type>
  /** Every key action's resources added up by funding source. */
  readonly resourceTotals: Resource.ResourceTotals
  readonly counts: {
    readonly themes: number
    readonly priorities: number
    readonly keyActions: number
    readonly budgetLines: number
    readonly variationItems: number
    readonly staffingRows: number
    readonly indicators: number
  }
}

/**
 * Projects the current state of a plan.
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (ledger: LedgerState, planId: string): Result.Result<CurrentPlan, PlanNotFound> =>
  Result.map(findPlan(ledger, planId), currentOf)

const currentOf = (plan: PlanState): CurrentPlan => {
  const actions = [...plan.keyActions.values()].map((action) => ofAction(plan, action))
  const priorityView = (code: string): PriorityView | undefined => {
    const priority = plan.priorities.get(code)
    if (priority === undefined) return undefined
    const served = actions.filter((action) => action.priorityCodes.includes(code))
    return {
      code,
      title: priority.title,
      ecmOutcome: priority.ecmOutcome,
      links: priority.links,
      actions: served,
      resourceTotals: Resource.totals(served.flatMap((action) => (action.resources === undefined ? [] : [action.resources])))
    }
  }
  const priorityCodesOf = (themeCode: string | undefined): ReadonlyArray<string> =>
    [...plan.priorities.values()].filter((priority) => priority.theme === themeCode).map((priority) => priority.code)
  const said = (themeCode: string, speaker: "parents" | "children-and-young-people"): ReadonlyArray<string> =>
    [...plan.voices.values()].filter((voice) => voice.themeCode === themeCode && voice.speaker === speaker).map((voice) => voice.statement)
  const themes = [...plan.themes.values()].map((theme): ThemeView => ({
    code: theme.code,
    name: theme.name,
    ecmOutcome: theme.ecmOutcome,
    priorities: priorityCodesOf(theme.code).flatMap((code) => priorityView(code) ?? []),
    parentsSaid: said(theme.code, "parents"),
    childrenAndYoungPeopleSaid: said(theme.code, "children-and-young-people")
  }))
  const otherPriorities = [...plan.priorities.values()]
    .filter((priority) => priority.theme === undefined || !plan.themes.has(priority.theme))
    .flatMap((priority) => priorityView(priority.code) ?? [])
  return {
    planId: plan.planId,
    kind: plan.kind,
    title: plan.title,
    ownerId: plan.ownerId,
    period: plan.period,
    priorPlanId: plan.priorPlanId,
    status: plan.status,
    revisions: [...plan.revisions],
    approval: plan.approval,
    supersession: plan.supersession,
    restatements: [...plan.restatements],
    themes,
    otherPriorities,
    otherActions: actions.filter((action) => !action.priorityCodes.some((code) => plan.priorities.has(code))),
    leadRoles: [...plan.leadRoles.values()],
    risks: [...plan.risks.values()],
    consultations: [...plan.consultations.values()],
    resourceTotals: Resource.totals(actions.flatMap((action) => (action.resources === undefined ? [] : [action.resources]))),
    counts: {
      themes: plan.themes.size,
      priorities: plan.priorities.size,
      keyActions: plan.keyActions.size,
      budgetLines: plan.budgetLines.size,
      variationItems: plan.variationItems.size,
      staffingRows: plan.staffingRows.size,
      indicators: plan.indicators.size
    }
  }
}

/**
 * The headings of a plan's consultation table as councils print it (see `printedConsultation`).
 *
 * @category formatting
 * @since 0.3.0
 */
export const CONSULTATION_HEADINGS: ReadonlyArray<string> = [
  "Consultation",
  "Dates",
  "Target group",
  "Area",
  "Contractor",
  "Purpose",
  "Statutory",
  "Contact"
]

/**
 * One planned consultation as a row of the plan's consultation table; what the plan leaves out
 * is blank.
 *
 * @category formatting
 * @since 0.3.0
 */
export const printedConsultation = (consultation: typeof ConsultationRecorded.Type): ReadonlyArray<string> => [
  consultation.name,
  consultation.dates ?? "",
  consultation.targetGroup ?? "",
  consultation.area ?? "",
  consultation.contractor ?? "",
  consultation.purpose,
  statutoryWords(consultation.statutory),
  consultation.contact ?? ""
]
