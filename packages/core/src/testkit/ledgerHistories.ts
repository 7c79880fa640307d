import { randomUUID } from "node:crypto"
import fc from "fast-check"
import type { CatalogueEvent } from "../catalogue/events.js"
import type { NewEvent } from "../event/EventEnvelope.js"
import { CURRENT_SCHEMA_VERSION } from "../event/SchemaVersion.js"
import * as StreamName from "../event/StreamName.js"
import type { LedgerState } from "../ledger/LedgerState.js"
import { Fte } from "../money/Fte.js"
import { Pence } from "../money/Money.js"
import type { PartnershipEvent } from "../partnership/events.js"
import { CalendarDate, financialYear } from "../period/Period.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import type { EventStore } from "../store/EventStore.js"

/**
 * One event of a generated history and the stream it is appended to.
 *
 * @category fixtures
 * @since 0.3.0
 */
export interface HistoryStep {
  readonly stream: string
  readonly event: NewEvent
}

/**
 * The plans a generated history records: `b` and `c` are compared with `a` (their prior plan),
 * `a` and `b` belong to partnership `p1`, `c` to `p2`.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const HISTORY_PLANS = [
  { planId: "a", ownerId: "p1" },
  { planId: "b", ownerId: "p1", priorPlanId: "a" },
  { planId: "c", ownerId: "p2", priorPlanId: "a" }
] as const

const START = Date.UTC(2009, 0, 1)
const dateOf = (days: number): string => new Date(START + days * 86_400_000).toISOString().slice(0, 10)
const instantOf = (minutes: number): string => new Date(START + minutes * 60_000).toISOString()

const figures = (running: number) => ({
  fte: Fte.make(0),
  employeeCosts: Pence.make(0),
  runningCosts: Pence.make(running),
  contractsAndProjects: Pence.make(0),
  externalIncome: Pence.make(0),
  internalIncome: Pence.make(0)
})

const planEvent = fc.oneof(
  fc.record({ kind: fc.constant("draft" as const) }),
  fc.record({
    kind: fc.constant("line" as const),
    revised: fc.boolean(),
    line: fc.constantFrom("x", "y", "z"),
    running: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    priorRunning: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined })
  }),
  fc.record({ kind: fc.constant("approval" as const) })
)

const payload = fc.oneof(
  { weight: 6, arbitrary: fc.record({ plan: fc.constantFrom(...HISTORY_PLANS), event: planEvent }) },
  {
    weight: 1,
    arbitrary: fc.record({ partnershipId: fc.constantFrom("p1", "p2"), renamed: fc.boolean(), name: fc.constantFrom("North", "South") })
  },
  { weight: 1, arbitrary: fc.record({ catalogueId: fc.constantFrom("county", "national"), code: fc.constantFrom("1", "2", "3") }) }
)

type Payload = typeof payload extends fc.Arbitrary<infer Generated> ? Generated : never

const stepOf = (
  generated: Payload,
  effectiveDay: number
): { readonly stream: string; readonly data: PlanEvent | PartnershipEvent | CatalogueEvent } => {
  if ("catalogueId" in generated) {
    const { catalogueId, code } = generated
    return {
      stream: StreamName.forCatalogue(catalogueId),
      data: { _tag: "CountyPriorityCatalogued", catalogueId, code, title: `Priority ${code} of ${catalogueId}` }
    }
  }
  if ("partnershipId" in generated) {
    const { partnershipId, renamed, name } = generated
    return {
      stream: StreamName.forPartnership(partnershipId),
      data: renamed
        ? { _tag: "PartnershipRenamed", partnershipId, name }
        : { _tag: "PartnershipRegistered", partnershipId, kind: "lcsp", name, area: "Kent" }
    }
  }
  const { plan, event } = generated
  const { planId } = plan
  const stream = StreamName.forPlan(planId)
  if (event.kind === "draft")
    return {
      stream,
      data: {
        _tag: "PlanDrafted",
        planId,
        kind: "service-business-plan",
        title: `Plan ${planId}`,
        ownerId: plan.ownerId,
        period: financialYear("2009/10"),
        ...("priorPlanId" in plan ? { priorPlanId: plan.priorPlanId } : {})
      }
    }
  if (event.kind === "approval")
    return { stream, data: { _tag: "PlanApproved", planId, approvedBy: "Cabinet", approvedOn: CalendarDate.make(dateOf(effectiveDay)) } }
  const prior =
    event.priorRunning === undefined ? {} : { prior: { controllableExpenditure: Pence.make(event.priorRunning), fte: Fte.make(0) } }
  return {
    stream,
    data: event.revised
      ? {
          _tag: "BudgetLineRevised",
          planId,
          lineId: event.line,
          fundingSource: "unspecified",
          figures: figures(event.running),
          stated: {},
          ...prior
        }
      : {
          _tag: "BudgetLineAdded",
          planId,
          lineId: event.line,
          activity: `Activity ${event.line}`,
          fundingSource: "unspecified",
          figures: figures(event.running),
          stated: {},
          ...prior
        }
  }
}

/**
 * Random histories of a small ledger: drafts, budget lines added and revised (some stating a
 * prior-year figure), approvals of the plans of `HISTORY_PLANS`, partnerships registered and
 * renamed, county-plan priorities catalogued — each event recorded some minutes after the one
 * before and in force from a date in the first 500 days of 2009. Events are valid against their
 * schemas; the rules of the deciders are not applied (a line may be revised before it is added,
 * a plan drafted twice), so the folds meet histories no decider would write as well.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const ledgerHistory: fc.Arbitrary<ReadonlyArray<HistoryStep>> = fc
  .array(fc.record({ payload, gapMinutes: fc.integer({ min: 0, max: 20_000 }), effectiveDay: fc.integer({ min: 0, max: 500 }) }), {
    maxLength: 40
  })
  .map((generated) => {
    let minutes = 0
    return generated.map(({ payload: chosen, gapMinutes, effectiveDay }): HistoryStep => {
      minutes += gapMinutes
      const { stream, data } = stepOf(chosen, effectiveDay)
      return {
        stream,
        event: {
          eventId: randomUUID(),
          type: data._tag,
          schemaVersion: CURRENT_SCHEMA_VERSION,
          recordedAt: instantOf(minutes),
          actor: "history-generator",
          reason: "generated history",
          effectiveDate: CalendarDate.make(dateOf(effectiveDay)),
          data
        }
      }
    })
  })

/**
 * A point on both time axes anywhere around a generated history, each bound present or not.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const historyViewPoint = fc.record(
  { recordedUpTo: fc.integer({ min: -100, max: 41 * 20_000 }).map(instantOf), effectiveOn: fc.integer({ min: -10, max: 510 }).map(dateOf) },
  { requiredKeys: [] }
)

/**
 * Appends each step of a history as its own append, in order.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const appendHistory = async (store: Pick<EventStore, "appendToStream">, steps: ReadonlyArray<HistoryStep>): Promise<void> => {
  for (const { stream, event } of steps) await store.appendToStream(stream, [event], { expectedRevision: "any" })
}

/**
 * Every plan, partnership and catalogue of a state with its maps in their iteration order, as one
 * comparable value: two states fold the same when their fingerprints are equal.
 *
 * @category fixtures
 * @since 0.3.0
 */
export const stateFingerprint = (state: LedgerState): unknown => ({
  plans: [...state.plans],
  partnerships: [...state.partnerships],
  catalogues: [...state.catalogues],
  eventCount: state.eventCount
})
