import {
  type ActionProgress,
  type ContentFindings,
  type CurrentPlan,
  type KeyActionView,
  Money,
  Period,
  type PlanList,
  type Resource,
  type TargetDate
} from "@plan-ledger/core"
import { type AmountPhrase, type TextSpan } from "@plan-ledger/core/adapters"

const pounds = Money.toPounds

interface AmountPartJson {
  readonly fundingSource: string | null
  readonly label: string | null
  readonly basis: AmountPhrase.AmountBasis | null
  readonly qualifier: AmountPhrase.AmountReading["qualifier"] | null
  readonly span: TextSpan.TextSpan
}

type ResourcePartJson =
  | (AmountPartJson & { readonly kind: "amount"; readonly pounds: number })
  | (AmountPartJson & { readonly kind: "range"; readonly lowPounds: number; readonly highPounds: number })
  | Exclude<Resource.ResourcePart, { readonly kind: "amount" | "range" }>

interface ResourcesJson {
  readonly stated: string
  readonly parts: ReadonlyArray<ResourcePartJson>
  readonly unread: ReadonlyArray<TextSpan.UnreadText>
}

const resourcesJson = (resources: Resource.Resources | undefined): ResourcesJson | null =>
  resources === undefined
    ? null
    : {
        stated: resources.stated,
        parts: resources.parts.map((part) =>
          part.kind === "amount"
            ? {
                kind: part.kind,
                pounds: pounds(part.amount),
                fundingSource: part.fundingSource ?? null,
                label: part.label ?? null,
                basis: part.basis ?? null,
                qualifier: part.qualifier ?? null,
                span: part.span
              }
            : part.kind === "range"
              ? {
                  kind: part.kind,
                  lowPounds: pounds(part.low),
                  highPounds: pounds(part.high),
                  fundingSource: part.fundingSource ?? null,
                  label: part.label ?? null,
                  basis: part.basis ?? null,
                  qualifier: part.qualifier ?? null,
                  span: part.span
                }
              : part
        ),
        unread: resources.unread
      }

type ResourceTotalsJson = ReturnType<typeof resourceTotalsJson>

/**
 * A key action in the JSON contract.
 *
 * @category contract
 * @since 0.4.0
 */
export interface KeyActionJson {
  readonly actionId: string
  readonly title: string
  readonly priorityCodes: ReadonlyArray<string>
  readonly lead: string | null
  readonly plannedOutcomes: ReadonlyArray<string>
  readonly resources: ResourcesJson | null
  readonly targetDates: TargetDate.TargetDates | null
  readonly dueBy: string | null
  readonly links: KeyActionView.KeyActionView["links"]
  readonly status: KeyActionView.KeyActionView["status"]
  readonly progress: ReadonlyArray<Omit<KeyActionView.KeyActionView["progress"][number], "_tag" | "planId">>
}

interface PriorityJson {
  readonly code: string
  readonly title: string
  readonly ecmOutcome: NonNullable<CurrentPlan.PriorityView["ecmOutcome"]> | null
  readonly links: CurrentPlan.PriorityView["links"]
  readonly actions: ReadonlyArray<KeyActionJson>
  readonly resourceTotals: ResourceTotalsJson
}

const resourceTotalsJson = (totals: Resource.ResourceTotals) => ({
  bySource: totals.bySource.map((source) => ({
    fundingSource: source.fundingSource ?? null,
    pounds: pounds(source.amount),
    count: source.count
  })),
  totalPounds: pounds(totals.total),
  staffTime: totals.staffTime,
  toBeAgreed: totals.toBeAgreed,
  statedOnly: totals.statedOnly,
  notSummed: totals.notSummed
})

/**
 * A key action in the JSON contract: resources in pounds, target dates as stated and as read.
 *
 * @category contract
 * @since 0.2.0
 */
export const keyActionJson = (action: KeyActionView.KeyActionView): KeyActionJson => {
  const targetDates: TargetDate.TargetDates | null = action.targetDates ?? null
  return {
    actionId: action.actionId,
    title: action.title,
    priorityCodes: action.priorityCodes,
    lead: action.lead ?? null,
    plannedOutcomes: action.plannedOutcomes,
    resources: resourcesJson(action.resources),
    targetDates,
    dueBy: action.dueBy ?? null,
    links: action.links,
    status: action.status,
    progress: action.progress.map(({ _tag, planId, ...update }) => update)
  }
}

const priorityJson = (priority: CurrentPlan.PriorityView): PriorityJson => ({
  code: priority.code,
  title: priority.title,
  ecmOutcome: priority.ecmOutcome ?? null,
  links: priority.links,
  actions: priority.actions.map(keyActionJson),
  resourceTotals: resourceTotalsJson(priority.resourceTotals)
})

/**
 * The whole plan in the JSON contract.
 *
 * @category contract
 * @since 0.1.0
 */
export const currentPlanJson = (
  view: CurrentPlan.CurrentPlan
): Omit<CurrentPlan.CurrentPlan, "period" | "themes" | "otherPriorities" | "otherActions" | "resourceTotals"> & {
  readonly period: string
  readonly themes: ReadonlyArray<
    Omit<CurrentPlan.ThemeView, "priorities" | "ecmOutcome"> & {
      readonly ecmOutcome: string | null
      readonly priorities: ReadonlyArray<PriorityJson>
    }
  >
  readonly otherPriorities: ReadonlyArray<PriorityJson>
  readonly otherActions: ReadonlyArray<KeyActionJson>
  readonly resourceTotals: ResourceTotalsJson
} => ({
  ...view,
  period: Period.label(view.period),
  themes: view.themes.map((theme) => ({ ...theme, ecmOutcome: theme.ecmOutcome ?? null, priorities: theme.priorities.map(priorityJson) })),
  otherPriorities: view.otherPriorities.map(priorityJson),
  otherActions: view.otherActions.map(keyActionJson),
  resourceTotals: resourceTotalsJson(view.resourceTotals)
})

/**
 * Key actions with their progress in the JSON contract.
 *
 * @category contract
 * @since 0.2.0
 */
export const actionProgressJson = (
  view: ActionProgress.ActionProgress
): {
  readonly plan: string
  readonly title: string
  readonly filter: ActionProgress.ActionProgress["filter"]
  readonly actions: ReadonlyArray<KeyActionJson & { readonly overdue: boolean | null }>
} => ({
  plan: view.planId,
  title: view.title,
  filter: view.filter,
  actions: view.actions.map((action) => ({ ...keyActionJson(action), overdue: action.overdue ?? null }))
})

/**
 * The list of plans in the JSON contract.
 *
 * @category contract
 * @since 0.2.0
 */
export const planListJson = (
  plans: ReadonlyArray<PlanList.PlanListEntry>
): { readonly plans: ReadonlyArray<Omit<PlanList.PlanListEntry, "period"> & { readonly period: string }> } => ({
  plans: plans.map((plan) => ({ ...plan, period: Period.label(plan.period) }))
})

/**
 * Content findings in the JSON contract.
 *
 * @category contract
 * @since 0.2.0
 */
export const contentFindingsJson = (findings: ReadonlyArray<ContentFindings.ContentFinding>) => ({ findings })
