import { type EventStore, type NewEvent } from "@plan-ledger/core"
import { appendAtStreamRevisions } from "./AtStreamRevisions.js"
import { DEFAULT_SHAPE, generate, type WorkloadShape } from "./Workload.js"
import { sampleEvent } from "@plan-ledger/core/testkit"

/** What the append phase measured. */
export interface AppendFigures {
  readonly events: number
  readonly seconds: number
  readonly eventsPerSecond: number
}

/** Appends the generated workload (of `shape`) in batches of `batchSize`, each with its exact expected revision. */
export const appendWorkload = async (
  store: EventStore,
  totalEvents: number,
  batchSize: number,
  onProgress: (appended: number) => void,
  shape: Omit<WorkloadShape, "totalEvents"> = DEFAULT_SHAPE
): Promise<AppendFigures> => {
  const append = appendAtStreamRevisions(store)
  let appended = 0
  const started = process.hrtime.bigint()
  for (const batch of generate(totalEvents, batchSize, shape)) {
    await append(batch.stream, batch.events)
    appended += batch.events.length
    onProgress(appended)
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return { events: appended, seconds, eventsPerSecond: Math.round(appended / seconds) }
}

/** What the single-event latency phase measured, in milliseconds. */
export interface LatencyFigures {
  readonly samples: number
  readonly medianMs: number
  readonly p99Ms: number
}

const percentile = (sorted: ReadonlyArray<number>, fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN

/** Appends `samples` single events one at a time (each its own transaction) and reports the latency distribution. */
export const singleEventLatency = async (store: EventStore, samples: number): Promise<LatencyFigures> => {
  const timings: Array<number> = []
  let revision: number | "no-stream" = "no-stream"
  for (let index = 0; index < samples; index++) {
    const event: NewEvent = sampleEvent()
    const started = process.hrtime.bigint()
    const result = await store.appendToStream("benchmark-latency", [event], { expectedRevision: revision })
    timings.push(Number(process.hrtime.bigint() - started) / 1e6)
    revision = result.nextExpectedRevision
  }
  timings.sort((left, right) => left - right)
  return { samples, medianMs: Number(percentile(timings, 0.5).toFixed(3)), p99Ms: Number(percentile(timings, 0.99).toFixed(3)) }
}
