import type {
  BudgetLineFigures,
  MemorandumCategory,
  PriorYearFigures,
  StatedLineFigures,
  StatedTotals,
  TotalsRow,
  VariationSection
} from "../budget/events.js"
import type { PlanEvent } from "../event/DomainEvent.js"
import type { Provenance } from "../event/EventEnvelope.js"
import type {
  IndicatorQualifier,
  IndicatorUnit,
  IndicatorValueKind,
  Polarity
} from "../indicator/events.js"
import type { Fte } from "../money/Fte.js"
import type { Pence } from "../money/Money.js"
import type { Period } from "../period/Period.js"
import type { StaffingRowType } from "../staffing/events.js"
import type {
  ConsultationRecorded,
  KeyActionAdded,
  LeadRoleAssigned,
  PlanKind,
  PlanPriorityAdded,
  RiskRecorded
} from "./events.js"

/**
 * Where a plan is in its lifecycle.
 *
 * @category models
 * @since 0.1.0
 */
export type PlanStatus = "draft" | "revised" | "approved" | "superseded"

/**
 * A budget line as it stands: its stable id, current label and unit, and its figures.
 *
 * @category models
 * @since 0.1.0
 */
export interface BudgetLineState {
  readonly lineId: string
  readonly activity: string
  readonly unit: string | undefined
  readonly cabinetMember: string | undefined
  readonly figures: BudgetLineFigures
  readonly prior: PriorYearFigures | undefined
  readonly stated: StatedLineFigures
  /** Every label the line has carried, oldest first. */
  readonly formerActivities: ReadonlyArray<string>
}

/**
 * A memorandum item as it stands.
 *
 * @category models
 * @since 0.1.0
 */
export interface MemorandumItemState {
  readonly itemId: string
  readonly name: string
  readonly category: typeof MemorandumCategory.Type
  readonly amount: Pence
  readonly priorAmount: Pence | undefined
}

/**
 * A variation-statement item as it stands.
 *
 * @category models
 * @since 0.1.0
 */
export interface VariationItemState {
  readonly itemId: string
  readonly section: VariationSection
  readonly description: string
  readonly amount: Pence
  readonly justification: string | undefined
}

/**
 * A stated opening or closing figure of the variation statement.
 *
 * @category models
 * @since 0.1.0
 */
export interface StatedFigure {
  readonly label: string
  readonly amount: Pence
}

/**
 * A staffing row as it stands.
 *
 * @category models
 * @since 0.1.0
 */
export interface StaffingRowState {
  readonly rowType: StaffingRowType
  readonly name: string
  readonly priorFte: Fte | undefined
  readonly fte: Fte | undefined
}

/**
 * One reported indicator value, or the reason it is unavailable.
 *
 * @category models
 * @since 0.1.0
 */
export type IndicatorValueState =
  | {
      readonly status: "available"
      readonly area: string
      readonly period: Period
      readonly kind: IndicatorValueKind
      readonly value: number
      readonly qualifiers: ReadonlyArray<IndicatorQualifier>
    }
  | {
      readonly status: "unavailable"
      readonly area: string
      readonly period: Period
      readonly kind: IndicatorValueKind
      readonly reason: string
    }

/**
 * An indicator in the plan's KPI table with every value the plan reports for it.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanIndicatorState {
  readonly code: string
  readonly title: string
  readonly unit: IndicatorUnit
  readonly polarity: Polarity
  readonly categories: ReadonlyArray<string>
  readonly area: string
  readonly dataSource: string | undefined
  /** Keyed by area, period and kind: a later report for the same key replaces the earlier one. */
  readonly values: Map<string, IndicatorValueState>
}

/**
 * A recorded restatement of an approved plan, with its provenance.
 *
 * @category models
 * @since 0.1.0
 */
export interface RestatementRecord {
  readonly subject: string
  readonly authority: string
  readonly reason: string
  readonly actor: string
  readonly effectiveDate: string
}

/**
 * Everything a plan holds now. Built by {@link evolve}; read by the deciders and every
 * projection.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanState {
  readonly planId: string
  readonly kind: PlanKind
  title: string
  readonly ownerId: string
  readonly period: Period
  readonly priorPlanId: string | undefined
  status: PlanStatus
  readonly revisions: Array<string>
  approval: { readonly approvedBy: string; readonly approvedOn: string } | undefined
  supersession: { readonly supersededBy: string; readonly supersededOn: string } | undefined
  readonly restatements: Array<RestatementRecord>
  readonly priorities: Map<string, typeof PlanPriorityAdded.Type>
  readonly leadRoles: Map<string, typeof LeadRoleAssigned.Type>
  readonly keyActions: Map<string, typeof KeyActionAdded.Type>
  readonly risks: Map<string, typeof RiskRecorded.Type>
  readonly consultations: Map<string, typeof ConsultationRecorded.Type>
  readonly budgetLines: Map<string, BudgetLineState>
  readonly statedTotals: Map<TotalsRow, StatedTotals>
  readonly memorandumItems: Map<string, MemorandumItemState>
  variationOpening: StatedFigure | undefined
  readonly variationItems: Map<string, VariationItemState>
  variationClosing: StatedFigure | undefined
  readonly staffingRows: Map<string, StaffingRowState>
  staffingTotal: { readonly priorFte: Fte | undefined; readonly fte: Fte | undefined } | undefined
  readonly externalFunding: Map<string, Fte>
  readonly staffingMovements: Map<string, Fte>
  staffingExplanation: string | undefined
  readonly indicators: Map<string, PlanIndicatorState>
}

/**
 * The part of an event's envelope a fold needs besides its payload.
 *
 * @category models
 * @since 0.1.0
 */
export type EnvelopeFacts = Pick<Provenance, "actor" | "reason" | "authority" | "effectiveDate">

/**
 * The key under which a staffing row is kept: its type and name.
 *
 * @category accessors
 * @since 0.1.0
 */
export const staffingRowKey = (rowType: StaffingRowType, name: string): string => `${rowType}:${name}`

/**
 * The key under which an indicator value is kept: area, period and kind.
 *
 * @category accessors
 * @since 0.1.0
 */
export const indicatorValueKey = (area: string, period: Period, kind: IndicatorValueKind): string =>
  `${area}|${period._tag === "MultiYear" ? `${period.from}/${period.to}` : `${period._tag}:${period.year}`}|${kind}`

const draft = (event: Extract<PlanEvent, { _tag: "PlanDrafted" }>): PlanState => ({
  planId: event.planId,
  kind: event.kind,
  title: event.title,
  ownerId: event.ownerId,
  period: event.period,
  priorPlanId: event.priorPlanId,
  status: "draft",
  revisions: [],
  approval: undefined,
  supersession: undefined,
  restatements: [],
  priorities: new Map(),
  leadRoles: new Map(),
  keyActions: new Map(),
  risks: new Map(),
  consultations: new Map(),
  budgetLines: new Map(),
  statedTotals: new Map(),
  memorandumItems: new Map(),
  variationOpening: undefined,
  variationItems: new Map(),
  variationClosing: undefined,
  staffingRows: new Map(),
  staffingTotal: undefined,
  externalFunding: new Map(),
  staffingMovements: new Map(),
  staffingExplanation: undefined,
  indicators: new Map()
})

type Handlers = {
  readonly [Tag in Exclude<PlanEvent["_tag"], "PlanDrafted">]: (
    state: PlanState,
    event: Extract<PlanEvent, { readonly _tag: Tag }>,
    envelope: EnvelopeFacts
  ) => void
}

// One handler per event type. The mapped type makes this exhaustive: a new plan event that is
// not handled here fails to compile. A record lookup is used instead of a ts-pattern chain
// because this fold runs once per event on replay (see docs/architecture.md).
const handlers: Handlers = {
  PlanRevised: (state, { revision }) => {
    state.revisions.push(revision)
    if (state.status === "draft") state.status = "revised"
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
  PlanApproved: (state, { approvedBy, approvedOn }) => {
    state.status = "approved"
    state.approval = { approvedBy, approvedOn }
  },
  PlanRestated: (state, { subject, authority }, envelope) => {
    state.restatements.push({
      subject,
      authority,
      reason: envelope.reason,
      actor: envelope.actor,
      effectiveDate: envelope.effectiveDate
    })
  },
  PlanSuperseded: (state, { supersededBy, supersededOn }) => {
    state.status = "superseded"
    state.supersession = { supersededBy, supersededOn }
  },
  BudgetLineAdded: (state, added) => {
    state.budgetLines.set(added.lineId, {
      lineId: added.lineId,
      activity: added.activity,
      unit: added.unit,
      cabinetMember: added.cabinetMember,
      figures: added.figures,
      prior: added.prior,
      stated: added.stated,
      formerActivities: []
    })
  },
  BudgetLineRevised: (state, revised) => {
    const line = state.budgetLines.get(revised.lineId)
    if (line === undefined) return
    state.budgetLines.set(revised.lineId, {
      ...line,
      cabinetMember: revised.cabinetMember,
      figures: revised.figures,
      prior: revised.prior,
      stated: revised.stated
    })
  },
  BudgetLineRenamed: (state, { lineId, activity }) => {
    const line = state.budgetLines.get(lineId)
    if (line === undefined) return
    state.budgetLines.set(lineId, { ...line, activity, formerActivities: [...line.formerActivities, line.activity] })
  },
  BudgetLineMoved: (state, { lineId, unit }) => {
    const line = state.budgetLines.get(lineId)
    if (line !== undefined) state.budgetLines.set(lineId, { ...line, unit })
  },
  BudgetTotalsStated: (state, { row, stated }) => {
    state.statedTotals.set(row, stated)
  },
  MemorandumItemRecorded: (state, item) => {
    state.memorandumItems.set(item.itemId, {
      itemId: item.itemId,
      name: item.name,
      category: item.category,
      amount: item.amount,
      priorAmount: item.priorAmount
    })
  },
  VariationOpeningStated: (state, { label, amount }) => {
    state.variationOpening = { label, amount }
  },
  VariationItemRecorded: (state, item) => {
    state.variationItems.set(item.itemId, {
      itemId: item.itemId,
      section: item.section,
      description: item.description,
      amount: item.amount,
      justification: item.justification
    })
  },
  VariationClosingStated: (state, { label, amount }) => {
    state.variationClosing = { label, amount }
  },
  StaffingRowRecorded: (state, row) => {
    state.staffingRows.set(staffingRowKey(row.rowType, row.name), {
      rowType: row.rowType,
      name: row.name,
      priorFte: row.priorFte,
      fte: row.fte
    })
  },
  StaffingTotalStated: (state, { priorFte, fte }) => {
    state.staffingTotal = { priorFte, fte }
  },
  ExternalFundingRecorded: (state, { source, fte }) => {
    state.externalFunding.set(source, fte)
  },
  StaffingMovementJustified: (state, { category, fte }) => {
    state.staffingMovements.set(category, fte)
  },
  StaffingChangeExplained: (state, { explanation }) => {
    state.staffingExplanation = explanation
  },
  PlanIndicatorAdded: (state, indicator) => {
    const existing = state.indicators.get(indicator.code)
    state.indicators.set(indicator.code, {
      code: indicator.code,
      title: indicator.title,
      unit: indicator.unit,
      polarity: indicator.polarity,
      categories: indicator.categories,
      area: indicator.area,
      dataSource: indicator.dataSource,
      values: existing?.values ?? new Map()
    })
  },
  IndicatorValueReported: (state, reported) => {
    state.indicators.get(reported.code)?.values.set(indicatorValueKey(reported.area, reported.period, reported.kind), {
      status: "available",
      area: reported.area,
      period: reported.period,
      kind: reported.kind,
      value: reported.value,
      qualifiers: reported.qualifiers
    })
  },
  IndicatorValueUnavailable: (state, unavailable) => {
    state.indicators.get(unavailable.code)?.values.set(indicatorValueKey(unavailable.area, unavailable.period, unavailable.kind), {
      status: "unavailable",
      area: unavailable.area,
      period: unavailable.period,
      kind: unavailable.kind,
      reason: unavailable.reason
    })
  }
}

/**
 * Applies one event of a plan's stream to the plan's state.
 *
 * The state is an accumulator owned by the fold: `evolve` updates it in place and returns it,
 * the way `Array.prototype.reduce` is used with a fresh accumulator. Replaying a million events
 * this way costs no copying; the result still depends only on the events (no clock, no I/O). Start
 * every fold from `undefined` (no plan yet), never from a state another fold holds.
 *
 * @category folds
 * @since 0.1.0
 */
export const evolve = (state: PlanState | undefined, event: PlanEvent, envelope: EnvelopeFacts): PlanState | undefined => {
  if (event._tag === "PlanDrafted") return draft(event)
  if (state === undefined) return undefined
  // The record is indexed by the event's own tag, so the handler always matches the event.
  const handle = handlers[event._tag] as (state: PlanState, event: PlanEvent, envelope: EnvelopeFacts) => void
  handle(state, event, envelope)
  return state
}
