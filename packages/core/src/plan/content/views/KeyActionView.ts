import type { ActionProgressRecorded, ActionStatus, KeyActionAdded, PlanLink } from "../events.js"
import * as Resource from "../Resource.js"
import * as TargetDate from "../TargetDate.js"
import type { PlanState } from "../../PlanState.js"

/**
 * A key action as plans print it, with what can be read from its wording (target dates,
 * resources) and where it stands: its latest progress update and the date it is now due by (the
 * revised target date of a slipped action, otherwise its last stated milestone).
 *
 * @category models
 * @since 0.2.0
 */
export interface KeyActionView {
  readonly actionId: string
  readonly title: string
  readonly priorityCodes: ReadonlyArray<string>
  /** The accountable officer, or the lead partners as printed (`Education / CSS / Health`). */
  readonly lead: string | undefined
  readonly plannedOutcomes: ReadonlyArray<string>
  readonly resources: Resource.Resources | undefined
  readonly targetDates: TargetDate.TargetDates | undefined
  readonly links: ReadonlyArray<PlanLink>
  readonly status: ActionStatus
  readonly latestProgress: typeof ActionProgressRecorded.Type | undefined
  readonly progress: ReadonlyArray<typeof ActionProgressRecorded.Type>
  /** The last day the action is due (`YYYY-MM-DD`), or `undefined` for ongoing or undated work. */
  readonly dueBy: string | undefined
}

const leadOf = (action: typeof KeyActionAdded.Type): string | undefined =>
  action.accountableManager ?? (action.leadPartners.length === 0 ? undefined : action.leadPartners.join(" / "))

/**
 * The view of one key action of a plan.
 *
 * @category projections
 * @since 0.2.0
 */
export const ofAction = (plan: PlanState, action: typeof KeyActionAdded.Type): KeyActionView => {
  const progress = plan.progress.get(action.actionId) ?? []
  const latestProgress = progress.at(-1)
  const targetDates = action.targetDates.length === 0 ? undefined : TargetDate.parse(action.targetDates.join(". "))
  const revised = [...progress].reverse().find((update) => update.revisedTargetDate !== undefined)?.revisedTargetDate
  const dueBy =
    revised !== undefined
      ? TargetDate.finalDueBy(TargetDate.parse(revised))
      : targetDates === undefined
        ? undefined
        : TargetDate.finalDueBy(targetDates)
  return {
    actionId: action.actionId,
    title: action.title,
    priorityCodes: action.priorityCodes,
    lead: leadOf(action),
    plannedOutcomes: action.plannedOutcomes,
    resources: action.funding === undefined ? undefined : Resource.parse(action.funding),
    targetDates,
    links: action.links,
    status: latestProgress?.status ?? "not-started",
    latestProgress,
    progress,
    dueBy
  }
}

/**
 * Whether an action is overdue on a date: it is due before that date and neither completed nor
 * withdrawn.
 *
 * @category derivations
 * @since 0.2.0
 */
export const isOverdueOn = (action: KeyActionView, date: string): boolean =>
  action.dueBy !== undefined && action.dueBy < date && action.status !== "completed" && action.status !== "withdrawn"

/**
 * The headings of a plan's key-action table as councils print it (see `printedRow`).
 *
 * @category formatting
 * @since 0.3.0
 */
export const PRINTED_HEADINGS: ReadonlyArray<string> = [
  "#",
  "Key action",
  "Lead",
  "Deliverables / outcomes",
  "Resources",
  "Target dates",
  "Links",
  "Progress"
]

/**
 * One key action as a row of the plan's key-action table: its resources and target dates as
 * printed, its links by code, and its status with the date of its latest progress update.
 *
 * @category formatting
 * @since 0.3.0
 */
export const printedRow = (action: KeyActionView): ReadonlyArray<string> => [
  action.actionId,
  action.title,
  action.lead ?? "",
  action.plannedOutcomes.join("; "),
  action.resources?.stated ?? "",
  action.targetDates?.stated ?? "",
  action.links.map((link) => link.code).join(", "),
  action.latestProgress === undefined ? action.status : `${action.status} (${action.latestProgress.recordedOn})`
]
