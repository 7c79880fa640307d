import type { FoldableEvent, NewEvent, RecordedEvent } from "../event/EventEnvelope.js"
import { verifyChain } from "./ChainVerifier.js"
import { checkExpectedRevision, classifyBatch, sealBatch, validateBatch } from "./EventChain.js"
import type { AppendResult, ExpectedRevision, ReadAllOptions, ReadStreamOptions } from "./EventStore.js"
import { regroup, selectedBy } from "./ReplayPages.js"
import { checkedBatches, requireEmpty, type SealedImportTarget } from "./SealedImport.js"
import { StoreUnavailable } from "./StoreErrors.js"

/**
 * An `EventStore` held in memory: for tests, examples and throw-away projections. It keeps every
 * rule of the port (atomic batches, expected revisions, idempotent re-appends, the hash chain).
 *
 * @example
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * const store = InMemoryEventStore.make()
 *
 * @category constructors
 * @since 0.1.0
 */
export const make = (): SealedImportTarget & {
  /** Replaces the stored record at a global position — for tamper-detection tests only. */
  readonly tamperForTesting: (globalPosition: number, edit: (record: RecordedEvent) => unknown) => void
} => {
  const log: Array<RecordedEvent | unknown> = []
  const byId = new Map<string, RecordedEvent>()
  const positionsByStream = new Map<string, Array<number>>()
  let closed = false

  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: "memory:", detail: "the store was closed; open a new one" })
  }

  const appendToStream = async (
    stream: string,
    events: ReadonlyArray<NewEvent>,
    options: { readonly expectedRevision: ExpectedRevision }
  ): Promise<AppendResult> => {
    ensureOpen()
    const batch = validateBatch(stream, events)
    const positions = positionsByStream.get(stream) ?? []
    const current = positions.length === 0 ? undefined : positions.length - 1
    const stored = new Map<string, RecordedEvent>()
    for (const event of batch) {
      const found = byId.get(event.eventId)
      if (found !== undefined) stored.set(event.eventId, found)
    }
    const lastPosition = log.length
    if (batch.length === 0 || classifyBatch(stream, batch, stored) === "already-stored") {
      return { appended: false, nextExpectedRevision: current ?? -1, lastGlobalPosition: positions.at(-1) ?? 0 }
    }
    checkExpectedRevision(stream, options.expectedRevision, current)
    const last = log.at(-1) as RecordedEvent | undefined
    const sealed = sealBatch(stream, batch, { streamRevision: current, globalPosition: lastPosition, hash: last?.hash ?? null })
    for (const event of sealed) {
      log.push(event)
      byId.set(event.eventId, event)
      positions.push(event.globalPosition)
    }
    positionsByStream.set(stream, positions)
    const tail = sealed.at(-1) as RecordedEvent
    return { appended: true, nextExpectedRevision: tail.streamRevision, lastGlobalPosition: tail.globalPosition }
  }

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    ensureOpen()
    const positions = positionsByStream.get(stream) ?? []
    const from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.POSITIVE_INFINITY
    for (let revision = from; revision < positions.length && revision <= to; revision++) {
      yield log[(positions[revision] as number) - 1] as RecordedEvent
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    ensureOpen()
    const selected = selectedBy(options)
    for (let index = Math.max((options.fromPosition ?? 1) - 1, 0); index < log.length; index++) {
      const event = log[index] as RecordedEvent
      if (selected(event)) yield event
    }
  }

  async function* readAllForReplay(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent>> {
    ensureOpen()
    yield* regroup([log as ReadonlyArray<RecordedEvent>], options)
  }

  async function* rawRecords(): AsyncIterable<unknown> {
    for (const record of log) yield record
  }

  const store = {
    appendToStream,
    readStream,
    readAll,
    readAllForReplay,
    verify: async () => {
      ensureOpen()
      return verifyChain(rawRecords())
    },
    close: async () => {
      closed = true
    },
    tamperForTesting: (globalPosition: number, edit: (record: RecordedEvent) => unknown) => {
      log[globalPosition - 1] = edit(structuredClone(log[globalPosition - 1] as RecordedEvent))
    },
    importSealed: async (events: AsyncIterable<RecordedEvent>) => {
      ensureOpen()
      await requireEmpty("memory:", store)
      for await (const batch of checkedBatches("memory:", events)) {
        for (const event of batch) {
          log.push(event)
          byId.set(event.eventId, event)
          positionsByStream.set(event.stream, [...(positionsByStream.get(event.stream) ?? []), event.globalPosition])
        }
      }
      return log.length
    }
  }
  return store
}
