import { match } from "ts-pattern"
import type { PlanEvent } from "../plan/PlanEvent.js"
import * as Period from "../period/Period.js"
import type { RecordedEvent, SourceReference } from "../event/EventEnvelope.js"
import { upcast } from "../event/Upcaster.js"

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
}

const subjectOf = (event: PlanEvent): string =>
  match(event)
    .with({ _tag: "PlanDrafted" }, { _tag: "PlanRevised" }, { _tag: "PlanApproved" }, { _tag: "PlanSuperseded" }, () => "the plan")
    .with({ _tag: "PlanRestated" }, ({ subject }) => subject)
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
    .with({ _tag: "BudgetLineAdded" }, { _tag: "BudgetLineRenamed" }, ({ activity }) => `budget line "${activity}"`)
    .with({ _tag: "BudgetLineRevised" }, { _tag: "BudgetLineMoved" }, ({ lineId }) => `budget line ${lineId}`)
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
    .with(
      { _tag: "IndicatorValueReported" },
      { _tag: "IndicatorValueUnavailable" },
      ({ code, kind, period }) => `the ${kind} of ${code} for ${Period.label(period)}`
    )
    .exhaustive()

/**
 * The audit trail of one plan: every event of its stream, oldest first, as history entries.
 * Feed it `store.readStream(StreamName.forPlan(planId))`, optionally cut at an instant.
 *
 * @example
 * import { PlanHistory, StreamName } from "@plan-ledger/core"
 * // const history = await PlanHistory.project(store.readStream(StreamName.forPlan("lcsp-2009-10")))
 *
 * @category projections
 * @since 0.1.0
 */
export const project = async (events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>): Promise<ReadonlyArray<HistoryEntry>> => {
  const entries: Array<HistoryEntry> = []
  for await (const event of events) {
    const data = upcast(event.schemaVersion, event.data) as PlanEvent
    entries.push({
      streamRevision: event.streamRevision,
      globalPosition: event.globalPosition,
      eventId: event.eventId,
      type: data._tag,
      subject: subjectOf(data),
      recordedAt: event.recordedAt,
      effectiveDate: event.effectiveDate,
      actor: event.actor,
      reason: event.reason,
      authority: event.authority,
      source: event.source
    })
  }
  return entries
}
