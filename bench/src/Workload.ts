import { type DomainEvent, Fte, Money, type NewEvent, Period } from "@plan-ledger/core"
import { CURRENT_SCHEMA_VERSION, StreamName } from "@plan-ledger/core/store"
import { EventId } from "@plan-ledger/eventstore"

/**
 * The shape of a generated ledger: 23 partnerships, several financial years, one plan per
 * partnership and year, each with a budget, staffing and a KPI table that are revised month by
 * month — the way monitoring returns revise estimates and forecasts through the year.
 */
export interface WorkloadShape {
  readonly totalEvents: number
  readonly partnerships: number
  readonly years: ReadonlyArray<string>
  readonly budgetLines: number
  readonly staffingRows: number
  readonly indicators: number
  /** Who records the events, in turn (when absent, "benchmark" records them all). */
  readonly actors?: ReadonlyArray<string>
  /** Every how many events one is recorded on someone's authority, named in turn (when absent, none is). */
  readonly authorities?: { readonly every: number; readonly names: ReadonlyArray<string> }
}

export const DEFAULT_SHAPE: Omit<WorkloadShape, "totalEvents"> = {
  partnerships: 23,
  years: ["2008/09", "2009/10", "2010/11", "2011/12"],
  budgetLines: 25,
  staffingRows: 8,
  indicators: 40
}

/** One append: the events of one stream, appended together. */
export interface Batch {
  readonly stream: string
  readonly events: ReadonlyArray<NewEvent>
}

const provenance = {
  actor: "benchmark",
  reason: "generated benchmark workload",
  effectiveDate: Period.CalendarDate.make("2009-04-01")
}

// The people behind the `index`-th event of the workload, as its shape names them.
const peopleOf = (shape: Omit<WorkloadShape, "totalEvents">, index: number): { readonly actor?: string; readonly authority?: string } => {
  const actor = shape.actors?.[index % shape.actors.length]
  const authorities = shape.authorities
  const authority =
    authorities !== undefined && index % authorities.every === 0
      ? authorities.names[(index / authorities.every) % authorities.names.length]
      : undefined
  return { ...(actor === undefined ? {} : { actor }), ...(authority === undefined ? {} : { authority }) }
}

const envelope = (data: DomainEvent, recordedAt: string, people: ReturnType<typeof peopleOf>): NewEvent => ({
  eventId: EventId.timeOrdered(),
  type: data._tag,
  schemaVersion: CURRENT_SCHEMA_VERSION,
  recordedAt,
  ...provenance,
  ...people,
  data
})

/** A deterministic pseudo-random sequence, so every run generates the same figures. */
const sequence = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const planEvents = function* (
  planId: string,
  year: string,
  shape: Omit<WorkloadShape, "totalEvents">,
  random: () => number
): Generator<DomainEvent> {
  yield {
    _tag: "PlanDrafted",
    planId,
    kind: "service-business-plan",
    title: `Plan ${planId}`,
    ownerId: planId.split("-fy")[0] ?? planId,
    period: Period.financialYear(year)
  }
  const area = `area-${planId}`
  for (let indicator = 0; indicator < shape.indicators; indicator++) {
    yield {
      _tag: "PlanIndicatorAdded",
      planId,
      code: `NI ${indicator + 1}`,
      title: `Indicator ${indicator + 1}`,
      unit: "percent",
      polarity: indicator % 2 === 0 ? "higher-is-better" : "lower-is-better",
      categories: [],
      area
    }
    yield {
      _tag: "IndicatorValueReported",
      planId,
      code: `NI ${indicator + 1}`,
      area,
      period: Period.financialYear(year),
      kind: "target",
      value: Math.round(random() * 1000) / 10,
      qualifiers: []
    }
  }
  for (let revision = 0; ; revision++) {
    for (let line = 0; line < shape.budgetLines; line++) {
      const figures = {
        fte: Fte.Fte.make(Math.round(random() * 5000)),
        employeeCosts: Money.Pence.make(Math.round(random() * 2e8)),
        runningCosts: Money.Pence.make(Math.round(random() * 5e7)),
        contractsAndProjects: Money.zero,
        externalIncome: Money.Pence.make(-Math.round(random() * 1e7)),
        internalIncome: Money.zero
      }
      yield revision === 0
        ? {
            _tag: "BudgetLineAdded",
            planId,
            lineId: `line-${line}`,
            activity: `Activity ${line}`,
            cabinetMember: "MD",
            fundingSource: "KCC base budget",
            figures,
            stated: {}
          }
        : {
            _tag: "BudgetLineRevised",
            planId,
            lineId: `line-${line}`,
            cabinetMember: "MD",
            fundingSource: "KCC base budget",
            figures,
            stated: {}
          }
    }
    for (let row = 0; row < shape.staffingRows; row++) {
      yield {
        _tag: "StaffingRowRecorded",
        planId,
        rowType: "division",
        name: `Division ${row}`,
        priorFte: Fte.Fte.make(Math.round(random() * 10000)),
        fte: Fte.Fte.make(Math.round(random() * 10000))
      }
    }
    for (let indicator = 0; indicator < shape.indicators; indicator++) {
      yield {
        _tag: "IndicatorValueReported",
        planId,
        code: `NI ${indicator + 1}`,
        area,
        period: Period.financialYear(year),
        kind: "estimate",
        value: Math.round(random() * 1000) / 10,
        qualifiers: []
      }
    }
    yield {
      _tag: "VariationItemRecorded",
      planId,
      itemId: `item-${revision % 20}`,
      section: "pressure",
      description: `Pressure ${revision % 20}`,
      amount: Money.Pence.make(Math.round(random() * 1e7))
    }
  }
}

/**
 * Generates the workload as batches of at most `batchSize` events, round-robin over the plans,
 * without ever holding more than one batch per plan in memory.
 */
export const generate = function* (totalEvents: number, batchSize: number, shape = DEFAULT_SHAPE): Generator<Batch> {
  const random = sequence(20091)
  const plans = Array.from({ length: shape.partnerships }, (_, partnership) =>
    shape.years.map((year) => `lcsp-${partnership + 1}-fy${year.replace("/", "-")}`)
  ).flat()
  const sources = plans.map((planId, index) => ({
    stream: StreamName.forPlan(planId),
    events: planEvents(planId, shape.years[index % shape.years.length] ?? "2009/10", shape, random)
  }))
  const start = Date.parse("2009-01-01T00:00:00.000Z")
  let produced = 0
  while (produced < totalEvents) {
    for (const source of sources) {
      if (produced >= totalEvents) return
      const size = Math.min(batchSize, totalEvents - produced)
      const events: Array<NewEvent> = []
      for (let index = 0; index < size; index++) {
        const next = source.events.next()
        if (next.done === true) break
        events.push(envelope(next.value, new Date(start + (produced + index) * 1000).toISOString(), peopleOf(shape, produced + index)))
      }
      produced += events.length
      yield { stream: source.stream, events }
    }
  }
}
