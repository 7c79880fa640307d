import { match } from "ts-pattern"
import * as BudgetLineSubject from "../plan/budget/BudgetLineSubject.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import * as Period from "../period/Period.js"
import type { SourceReference } from "@plan-ledger/eventstore"
import type { RecordedEvent } from "../event/EventEnvelope.js"
import { type FieldChange, summarise } from "./fields/FieldChange.js"
import { recordedChanges } from "./fields/RecordedChanges.js"

/**
 * One recorded change to a plan, with its full provenance: what changed, when it was recorded,
 * when it took effect, who recorded it, why, on whose authority and from which document.
 *
 * @category models
 * @since 0.1.0
 */
export interface HistoryEntry {
  readonly streamRevision: number
  readonly globalPosition: number
  readonly eventId: string
  readonly type: PlanEvent["_tag"]
  readonly subject: string
  readonly recordedAt: string
  readonly effectiveDate: string
  readonly actor: string
  readonly reason: string
  readonly authority: string | undefined
  readonly source: SourceReference | undefined
  /** What the event changed, field by field, against the plan as it stood before it. */
  readonly changes: ReadonlyArray<FieldChange>
  /** The changes in one line, in the table's own words (`Behaviour Service employee costs £849.1k → £870.1k`). */
  readonly summary: string
}

const subjectOf = (event: PlanEvent): string =>
  match(event)
    .with({ _tag: "PlanDrafted" }, { _tag: "PlanRevised" }, { _tag: "PlanApproved" }, { _tag: "PlanSuperseded" }, () => "the plan")
    .with({ _tag: "PlanRestated" }, ({ subject }) => subject)
    .with({ _tag: "PersonalDataErased" }, () => "personal data")
    .with({ _tag: "PlanPriorityAdded" }, ({ code }) => `priority ${code}`)
    .with({ _tag: "LeadRoleAssigned" }, ({ code }) => `lead role ${code}`)
    .with({ _tag: "KeyActionAdded" }, ({ actionId }) => `key action ${actionId}`)
    .with({ _tag: "RiskRecorded" }, ({ riskId }) => `risk ${riskId}`)
    .with({ _tag: "ConsultationRecorded" }, ({ name }) => `consultation "${name}"`)
    .with({ _tag: "ThemeAdded" }, ({ code, name }) => `theme ${code} "${name}"`)
    .with({ _tag: "ActionProgressRecorded" }, ({ actionId, status, recordedOn }) => `key action ${actionId} ${status} on ${recordedOn}`)
    .with(
      { _tag: "VoiceRecorded" },
      ({ themeCode, speaker }) => `what ${speaker === "parents" ? "parents" : "children and young people"} said on theme ${themeCode}`
    )
    .with({ _tag: "BudgetLineAdded" }, BudgetLineSubject.of)
    .with({ _tag: "BudgetLineRenamed" }, ({ activity }) => `budget line "${activity}"`)
    .with({ _tag: "BudgetLineRevised" }, { _tag: "BudgetLineMoved" }, ({ lineId }) => `budget line ${lineId}`)
    .with({ _tag: "BudgetLineCarriesPlan" }, ({ lineId, carriedPlanId }) => `budget line ${lineId} carrying plan ${carriedPlanId}`)
    .with({ _tag: "PriorYearLinesMapped" }, ({ mappingId }) => `line mapping "${mappingId}"`)
    .with({ _tag: "BudgetTotalsStated" }, ({ row }) => `the stated ${row} row`)
    .with({ _tag: "MemorandumItemRecorded" }, ({ name }) => `memorandum item "${name}"`)
    .with({ _tag: "VariationOpeningStated" }, { _tag: "VariationClosingStated" }, ({ label }) => `variation statement "${label}"`)
    .with({ _tag: "VariationItemRecorded" }, ({ description }) => `variation item "${description}"`)
    .with({ _tag: "StaffingRowRecorded" }, ({ name }) => `staffing row "${name}"`)
    .with({ _tag: "StaffingTotalStated" }, () => "the stated staffing total")
    .with({ _tag: "ExternalFundingRecorded" }, ({ source }) => `externally funded FTE from "${source}"`)
    .with({ _tag: "StaffingMovementJustified" }, ({ category }) => `staffing movement "${category}"`)
    .with({ _tag: "StaffingChangeExplained" }, () => "the staffing explanation")
    .with({ _tag: "PlanIndicatorAdded" }, ({ code }) => `indicator ${code}`)
    .with({ _tag: "ContributingIndicatorListed" }, ({ code }) => `contributing indicator ${code}`)
    .with(
      { _tag: "IndicatorValueReported" },
      { _tag: "IndicatorValueUnavailable" },
      ({ code, kind, period }) => `the ${kind} of ${code} for ${Period.label(period)}`
    )
    .exhaustive()

// What an erasure removed, by kind: "2 values: actor, lead officer".
const erasedKinds = (values: ReadonlyArray<{ readonly kind: string }>): string =>
  `${values.length} personal value${values.length === 1 ? "" : "s"}: ${[...new Set(values.map((value) => value.kind))].sort().join(", ")}`

// An event that changed no field still says what it was about.
const unchangedSummary = (event: PlanEvent): string =>
  match(event)
    .with({ _tag: "PlanRestated" }, ({ subject, authority }) => `restatement of ${subject} on the authority of ${authority}`)
    .with(
      { _tag: "PriorYearLinesMapped" },
      ({ kind, priorLineIds, lineIds, fromPlanId }) =>
        `prior-year line${priorLineIds.length === 1 ? "" : "s"} ${priorLineIds.join(", ")}${fromPlanId === undefined ? "" : ` of ${fromPlanId}`} mapped (${kind}) onto ${lineIds.join(", ")}`
    )
    .with({ _tag: "PersonalDataErased" }, ({ values }) => `erased ${erasedKinds(values)}`)
    .otherwise(() => `${subjectOf(event)} recorded again, no value changed`)

/**
 * The audit trail of one plan: every event of its stream, oldest first, as history entries with
 * what each changed, field by field, and a one-line summary. Feed it the plan's stream
 * (`store.readStream(StreamName.forPlan(planId))`), or the part of it a view point selects: each
 * change is judged against the plan those same events leave before it.
 *
 * @example
 * import { PlanHistory } from "@plan-ledger/core"
 * const history = PlanHistory.project([]) // [] — a plan with no events has no history
 *
 * @category projections
 * @since 0.1.0
 */
export const project = (events: Iterable<RecordedEvent>): ReadonlyArray<HistoryEntry> =>
  recordedChanges(events).changes.map(({ event, changes }) => ({
    streamRevision: event.streamRevision,
    globalPosition: event.globalPosition,
    eventId: event.eventId,
    type: event.data._tag,
    subject: subjectOf(event.data),
    recordedAt: event.recordedAt,
    effectiveDate: event.effectiveDate,
    actor: event.actor,
    reason: event.reason,
    authority: event.authority,
    source: event.source,
    changes,
    summary: changes.length === 0 ? unchangedSummary(event.data) : summarise(changes)
  }))
