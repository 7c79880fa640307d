import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, truncateSync, writeSync } from "node:fs"
import { open, truncate, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import {
  AppendAlgorithm,
  ChainVerifier,
  type EventStore,
  EventStoreService,
  type FoldableEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  ReplayPages,
  SealedImport,
  StoreUnavailable,
  StoredRecord,
  type VerifyOptions,
  type VerifyReport
} from "@plan-ledger/core"
import { addWritten, catchUp, emptyIndex, END_OF_BATCH } from "./AppendIndex.js"
import { withFileLock } from "./FileLock.js"
import { readLines } from "./LineReader.js"

/**
 * A JSON-lines `EventStore`, with the path of its file.
 *
 * @category models
 * @since 0.1.0
 */
export interface JsonlEventStore extends SealedImport.SealedImportTarget {
  readonly path: string
}

/**
 * What `repairJsonlStore` did.
 *
 * @category models
 * @since 0.1.0
 */
export type RepairReport =
  | { readonly repaired: false }
  | { readonly repaired: true; readonly tornFrom: number; readonly sideFile: string; readonly bytesMoved: number }

/** One stored line: the recorded event with readable key order, and the end-of-batch flag. */
const lineOf = (event: RecordedEvent, endOfBatch: boolean): string =>
  JSON.stringify({
    globalPosition: event.globalPosition,
    stream: event.stream,
    streamRevision: event.streamRevision,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    effectiveDate: event.effectiveDate,
    actor: event.actor,
    reason: event.reason,
    authority: event.authority,
    source: event.source,
    data: event.data,
    previousHash: event.previousHash,
    hash: event.hash,
    ...(endOfBatch ? { [END_OF_BATCH]: true } : {})
  })

const parse = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

const withoutFlag = (record: RecordedEvent): RecordedEvent => {
  const { [END_OF_BATCH]: _flag, ...event } = record as RecordedEvent & { readonly [END_OF_BATCH]?: true }
  return event as unknown as RecordedEvent
}

/**
 * The whole batches of the file, in order, and — if the file ends in a partly written batch — where
 * that torn tail starts. A reader never sees part of a batch.
 */
const readBatches = async function* (
  path: string
): AsyncIterable<
  | { readonly events: ReadonlyArray<Record<string, unknown>>; readonly endOffset: number }
  | { readonly tornAt: { readonly offset: number; readonly lineNumber: number } }
> {
  let pending: Array<Record<string, unknown>> = []
  let batchStart = { offset: 0, lineNumber: 1 }
  for await (const line of readLines(path)) {
    const record = line.complete ? parse(line.text) : undefined
    if (record === undefined) {
      yield { tornAt: batchStart }
      return
    }
    pending.push(record)
    if (record[END_OF_BATCH] === true) {
      yield { events: pending, endOffset: line.endOffset }
      pending = []
      batchStart = { offset: line.endOffset, lineNumber: line.lineNumber + 1 }
    }
  }
  if (pending.length > 0) yield { tornAt: batchStart }
}

/**
 * Opens the JSON-lines ledger at `path` (created on the first append). Refuses to open a file
 * that ends in a partly written batch — a crash during an append — with a message naming the line
 * and telling the user to run `repairJsonlStore`.
 *
 * Opening reads the file once to build the append index (each stream's head, each event id's
 * line, the chain's head); each append then reads only what other processes wrote since.
 *
 * @example
 * import { openJsonlEventStore } from "@plan-ledger/store-jsonl"
 * const store = await openJsonlEventStore("ledger.jsonl")
 *
 * @category constructors
 * @since 0.1.0
 */
export const openJsonlEventStore = async (path: string): Promise<JsonlEventStore> => {
  const storeName = `jsonl:${path}`
  const lockDirectory = `${path}.lock`
  const index = emptyIndex()
  const tornOnOpen = await catchUp(path, index)
  if (tornOnOpen !== undefined) {
    throw new StoreUnavailable({
      store: storeName,
      detail: `line ${tornOnOpen.lineNumber} onwards is a partly written batch (a crash during an append); it was never read as events. Run repairJsonlStore("${path}") to move it to a side file.`
    })
  }
  let closed = false
  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: storeName, detail: "the store was closed; open it again" })
  }

  // Under the lock: the index takes in what other processes appended since; a torn tail found
  // now was left by a writer that died holding the lock, and nothing may be written after it.
  const catchUpUnderLock = async (): Promise<void> => {
    const torn = await catchUp(path, index)
    if (torn !== undefined) {
      throw new StoreUnavailable({
        store: storeName,
        detail: `line ${torn.lineNumber} onwards is a partly written batch (a process died during an append); nothing was written. Run repairJsonlStore("${path}") to move it to a side file.`
      })
    }
  }

  // One write and one fsync per batch; the batch's last line carries the end-of-batch flag.
  const writeBatch = (sealed: ReadonlyArray<RecordedEvent>): void => {
    const lines = sealed.map((event, offset) => lineOf(event, offset === sealed.length - 1))
    const descriptor = openSync(path, "a")
    try {
      writeSync(descriptor, lines.join("\n") + "\n")
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    addWritten(index, sealed, lines)
  }

  // Reads just the lines of the stored events among the ids, found through the index.
  const storedEvents = (eventIds: ReadonlyArray<string>): ReadonlyMap<string, RecordedEvent> => {
    const found = new Map<string, RecordedEvent>()
    const locations = eventIds.flatMap((eventId) => {
      const location = index.events.get(eventId)
      return location === undefined ? [] : [location]
    })
    if (locations.length === 0) return found
    const descriptor = openSync(path, "r")
    try {
      for (const { offset, length } of locations) {
        const buffer = Buffer.alloc(length)
        readSync(descriptor, buffer, 0, length, offset)
        const record = parse(buffer.toString("utf8"))
        if (record === undefined) {
          throw new StoreUnavailable({
            store: storeName,
            detail: `the stored line at byte ${offset} no longer parses (it was changed behind the store's back); nothing was written — run verify`
          })
        }
        const event = withoutFlag(record as unknown as RecordedEvent)
        found.set(event.eventId, event)
      }
    } finally {
      closeSync(descriptor)
    }
    return found
  }

  const primitives: AppendAlgorithm.AppendPrimitives<"sync"> = {
    streamHead: (stream) => {
      const head = index.streams.get(stream)
      return head === undefined
        ? { revision: undefined, lastGlobalPosition: 0 }
        : { revision: head.revision, lastGlobalPosition: head.lastGlobalPosition }
    },
    storedEvents,
    chainHead: () => ({ globalPosition: index.lastPosition, hash: index.lastHash }),
    writeBatch
  }

  const appendToStream: EventStore["appendToStream"] = async (stream, events, options) => {
    ensureOpen()
    const prepared = AppendAlgorithm.prepare(stream, events, options.expectedRevision)
    mkdirSync(dirname(path), { recursive: true })
    return withFileLock(lockDirectory, storeName, async () => {
      await catchUpUnderLock()
      return AppendAlgorithm.runSync(primitives, prepared)
    })
  }

  // The file's whole batches, as stored records (with the end-of-batch flag still on the last).
  async function* storedBatches(): AsyncIterable<ReadonlyArray<RecordedEvent>> {
    ensureOpen()
    for await (const batch of readBatches(path)) {
      if (!("events" in batch)) return
      yield batch.events as ReadonlyArray<unknown> as ReadonlyArray<RecordedEvent>
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const selected = ReplayPages.selectedBy(options)
    for await (const batch of storedBatches()) {
      for (const record of batch) if (selected(record)) yield withoutFlag(record)
    }
  }

  // A fold ignores the end-of-batch flag, so replay skips copying each record without it.
  const readAllForReplay = (options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent>> =>
    ReplayPages.regroup(storedBatches(), options)

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER
    for await (const event of readAll()) {
      if (event.stream !== stream || event.streamRevision < from) continue
      if (event.streamRevision > to) return
      yield event
    }
  }

  const verify = async (options: VerifyOptions = {}): Promise<VerifyReport> => {
    ensureOpen()
    const tornAt = await findTornTail(path)
    async function* records(): AsyncIterable<StoredRecord.StoredRecord> {
      for await (const line of readLines(path)) {
        if (tornAt !== undefined && line.endOffset > tornAt.offset) return
        const record = parse(line.text)
        yield {
          record: record ?? line.text,
          differenceFrom: (event) =>
            StoredRecord.textDifference(`line ${line.lineNumber}`, line.text, lineOf(event, record?.[END_OF_BATCH] === true))
        }
      }
    }
    const report = await ChainVerifier.verifyStore(storeName, records(), options.onProgress)
    if (!report.ok || tornAt === undefined) return report
    return {
      ok: false,
      eventsChecked: report.eventsChecked,
      damage: {
        kind: "torn-tail",
        globalPosition: report.eventsChecked + 1,
        message: `line ${tornAt.lineNumber} onwards is a partly written batch; run repairJsonlStore`
      }
    }
  }

  const store: JsonlEventStore = {
    path,
    appendToStream,
    // Under the lock, so the head includes whatever other processes have appended.
    head: async () => {
      ensureOpen()
      if (!existsSync(path)) return { globalPosition: 0, hash: null }
      return withFileLock(lockDirectory, storeName, async () => {
        await catchUpUnderLock()
        return primitives.chainHead()
      })
    },
    readAll,
    readAllForReplay,
    readStream,
    verify,
    close: async () => {
      closed = true
    },
    importSealed: async (events) => {
      ensureOpen()
      mkdirSync(dirname(path), { recursive: true })
      return withFileLock(lockDirectory, storeName, async () => {
        await catchUpUnderLock()
        let wrote = false
        try {
          return await SealedImport.importChecked(storeName, events, {
            holdsEvents: () => index.size > 0,
            writeBatch: (batch) => {
              wrote = true
              writeBatch(batch)
            }
          })
        } catch (cause) {
          // The import began on an empty file, so cutting it back to empty undoes all of it.
          if (wrote) {
            truncateSync(path, 0)
            await catchUp(path, index)
          }
          throw cause
        }
      })
    }
  }
  return store
}

/**
 * Where a torn tail starts, if the file ends in a partly written batch.
 *
 * @category repairing
 * @since 0.1.0
 */
export const findTornTail = async (path: string): Promise<{ readonly offset: number; readonly lineNumber: number } | undefined> => {
  for await (const batch of readBatches(path)) if ("tornAt" in batch) return batch.tornAt
  return undefined
}

/**
 * Moves a torn tail (a batch a crash cut short) to a side file `<path>.torn-<timestamp>` and
 * truncates the ledger to its last whole batch. Nothing is deleted: the side file keeps the bytes
 * for inspection.
 *
 * @category repairing
 * @since 0.1.0
 */
export const repairJsonlStore = async (path: string): Promise<RepairReport> => {
  const torn = await findTornTail(path)
  if (torn === undefined) return { repaired: false }
  const sideFile = `${path}.torn-${new Date().toISOString().replace(/[:.]/g, "-")}`
  const handle = await open(path, "r")
  const tail = Buffer.alloc((await handle.stat()).size - torn.offset)
  await handle.read(tail, 0, tail.length, torn.offset).finally(() => handle.close())
  // The side file is written and synced before the ledger is cut, so the bytes exist somewhere at every moment.
  await writeFile(sideFile, tail, { flush: true })
  await truncate(path, torn.offset)
  return { repaired: true, tornFrom: torn.lineNumber, sideFile, bytesMoved: tail.length }
}

/**
 * The JSON-lines store as an Effect layer.
 *
 * @category layers
 * @since 0.1.0
 */
export const layerJsonl = (path: string) => EventStoreService.layerFrom(() => openJsonlEventStore(path), `jsonl:${path}`)
