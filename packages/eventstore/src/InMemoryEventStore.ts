import type { FoldableEvent, NewEvent, RecordedEvent } from "./EventEnvelope.js"
import * as AppendAlgorithm from "./AppendAlgorithm.js"
import { verifyChain } from "./ChainVerifier.js"
import type { EventSchema } from "./EventSchema.js"
import type { AppendResult, ExpectedRevision, ReadAllOptions, ReadStreamOptions, VerifyOptions } from "./EventStore.js"
import { regroup, selectedBy } from "./ReplayPages.js"
import { importChecked, type SealedImportTarget } from "./SealedImport.js"
import type { Snapshot } from "./SnapshotStore.js"
import { StoreUnavailable } from "./StoreErrors.js"
import { follow, type SubscribeOptions, type WaitForEvents } from "./Subscription.js"
import { firstDifference, type StoredRecord } from "./StoredRecord.js"

/**
 * An `EventStore` held in memory, for the domain whose events `schema` decodes: for tests,
 * examples and throw-away projections. It keeps every rule of the port (atomic batches, expected
 * revisions, idempotent re-appends, the hash chain).
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/eventstore"
 * import { SampleEvents } from "@plan-ledger/eventstore/testkit"
 * const store = InMemoryEventStore.make(SampleEvents.schema)
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = <New extends NewEvent, Recorded extends RecordedEvent>(
  schema: EventSchema<New, Recorded>
): SealedImportTarget<New, Recorded> & {
  /** Replaces the stored record at a global position — for tamper-detection tests only. */
  readonly tamperForTesting: (globalPosition: number, edit: (record: Recorded) => unknown) => void
} => {
  const log: Array<Recorded | unknown> = []
  const byId = new Map<string, Recorded>()
  const positionsByStream = new Map<string, Array<number>>()
  let snapshot: Snapshot | undefined
  let closed = false

  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: "memory:", detail: "the store was closed; open a new one" })
  }

  // Every step runs in one synchronous stretch, so no other call can interleave: that is this
  // store's transaction.
  const primitives: AppendAlgorithm.AppendPrimitives = {
    streamHead: (stream) => {
      const positions = positionsByStream.get(stream) ?? []
      return { revision: positions.length === 0 ? undefined : positions.length - 1, lastGlobalPosition: positions.at(-1) ?? 0 }
    },
    storedEvents: (eventIds) => {
      const stored = new Map<string, Recorded>()
      for (const eventId of eventIds) {
        const found = byId.get(eventId)
        if (found !== undefined) stored.set(eventId, found)
      }
      return stored
    },
    chainHead: () => ({ globalPosition: log.length, hash: (log.at(-1) as Recorded | undefined)?.hash ?? null }),
    writeBatch: (sealed) => {
      for (const event of sealed) record(event as Recorded)
    }
  }

  // Subscribers waiting for the next event, woken directly by every write.
  const waiting = new Set<() => void>()
  const waitForEvents: WaitForEvents = (after, signal) =>
    new Promise((resolve) => {
      if (signal.aborted || log.length > after) return resolve()
      const wake = (): void => {
        waiting.delete(wake)
        signal.removeEventListener("abort", wake)
        resolve()
      }
      waiting.add(wake)
      signal.addEventListener("abort", wake)
    })

  const record = (event: Recorded): void => {
    log.push(event)
    byId.set(event.eventId, event)
    const positions = positionsByStream.get(event.stream)
    if (positions === undefined) positionsByStream.set(event.stream, [event.globalPosition])
    else positions.push(event.globalPosition)
    for (const wake of waiting) wake()
  }

  const appendToStream = async (
    stream: string,
    events: ReadonlyArray<New>,
    options: { readonly expectedRevision: ExpectedRevision }
  ): Promise<AppendResult> => {
    ensureOpen()
    return AppendAlgorithm.runSync(primitives, AppendAlgorithm.prepare(schema, stream, events, options.expectedRevision))
  }

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    ensureOpen()
    const positions = positionsByStream.get(stream) ?? []
    const from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.POSITIVE_INFINITY
    for (let revision = from; revision < positions.length && revision <= to; revision++) {
      yield log[(positions[revision] as number) - 1] as Recorded
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    ensureOpen()
    const selected = selectedBy(options)
    for (let index = Math.max((options.fromPosition ?? 1) - 1, 0); index < log.length; index++) {
      const event = log[index] as Recorded
      if (selected(event)) yield event
    }
  }

  async function* readAllForReplay(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> {
    ensureOpen()
    yield* regroup([log as ReadonlyArray<Recorded>], options)
  }

  // What is held is the record object itself, so its canonical form is the decoded event's value.
  async function* storedRecords(): AsyncIterable<StoredRecord> {
    for (const record of log) yield { record, differenceFrom: (event) => firstDifference(record, event) }
  }

  const store = {
    appendToStream,
    head: async () => {
      ensureOpen()
      const last = log.at(-1) as Recorded | undefined
      return { globalPosition: last?.globalPosition ?? 0, hash: last?.hash ?? null }
    },
    readStream,
    readAll,
    readAllForReplay,
    streamNames: async (prefix: string) => {
      ensureOpen()
      return [...positionsByStream.keys()].filter((stream) => stream.startsWith(prefix)).sort()
    },
    snapshots: {
      read: async () => snapshot,
      write: async (taken: Snapshot) => {
        snapshot = taken
      },
      clear: async () => {
        snapshot = undefined
      }
    },
    subscribe: (options: SubscribeOptions<Recorded>) => follow(readAll, waitForEvents, options),
    verify: async (options: VerifyOptions = {}) => {
      ensureOpen()
      return verifyChain(schema, storedRecords(), options.onProgress)
    },
    close: async () => {
      closed = true
    },
    tamperForTesting: (globalPosition: number, edit: (record: Recorded) => unknown) => {
      log[globalPosition - 1] = edit(structuredClone(log[globalPosition - 1] as Recorded))
    },
    importSealed: async (events: AsyncIterable<RecordedEvent>) => {
      ensureOpen()
      let wrote = false
      try {
        return await importChecked(schema, "memory:", events, {
          holdsEvents: () => log.length > 0,
          writeBatch: (batch) => {
            wrote = true
            batch.forEach(record)
          }
        })
      } catch (cause) {
        if (!wrote) throw cause
        // The import only ever writes into an empty log, so emptying it again undoes all of it.
        log.length = 0
        byId.clear()
        positionsByStream.clear()
        throw cause
      }
    }
  }
  return store
}
