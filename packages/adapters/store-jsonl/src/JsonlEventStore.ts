import { closeSync, existsSync, openSync, readSync } from "node:fs"
import { dirname } from "node:path"
import {
  AppendAlgorithm,
  ChainVerifier,
  EventHash,
  type EventSchema,
  type EventStore,
  type FoldableEvent,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  ReplayPages,
  SealedImport,
  type SnapshotStore,
  StoreUnavailable,
  StoredRecord,
  Subscription,
  type VerifyOptions,
  type VerifyReport
} from "@plan-ledger/eventstore"
import { addWritten, catchUp, emptyIndex } from "./AppendIndex.js"
import { closesBatch, END_OF_BATCH } from "./BatchBoundary.js"
import { appendDurably, createDirectoryDurably } from "./DurableAppend.js"
import { withFileLock } from "./FileLock.js"
import { type LedgerFileSystem, nodeFileSystem } from "./LedgerFileSystem.js"
import { examineLedgerFile, refusalDetail } from "./LedgerCondition.js"
import { readLines } from "./LineReader.js"
import { snapshotFile } from "./SnapshotFile.js"
import { writeWholeFile } from "./WrittenBeside.js"

/**
 * A JSON-lines `EventStore`, with the path of its file.
 *
 * @category models
 * @since 0.1.0
 */
export interface JsonlEventStore<
  New extends NewEvent = NewEvent,
  Recorded extends RecordedEvent = RecordedEvent
> extends SealedImport.SealedImportTarget<New, Recorded> {
  readonly path: string
  /** The snapshot's side file, `<path>.snapshot`. */
  readonly snapshots: SnapshotStore
}

/**
 * How to open the ledger: the schema of the events it holds; for `"write"` (the default) or only to `"read"` — then the file must
 * exist, nothing is ever created (no directory, no lock), and appends are refused. `fileSystem`
 * is what appends write through (the real one unless a test hands in another).
 *
 * @category models
 * @since 0.3.0
 */
export interface JsonlOpenOptions<New extends NewEvent, Recorded extends RecordedEvent> {
  readonly events: EventSchema.EventSchema<New, Recorded>
  readonly access?: "read" | "write"
  readonly fileSystem?: LedgerFileSystem
}

/**
 * One stored line: the recorded event with readable key order, ending in its hashed `lastInBatch`
 * — or, for an event of hash format 1 (copied from a ledger written before), in the end-of-batch
 * flag when `closesFormatOneBatch`.
 */
const lineOf = (event: RecordedEvent, closesFormatOneBatch: boolean): string =>
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
    lastInBatch: event.lastInBatch,
    [END_OF_BATCH]: closesFormatOneBatch ? true : undefined
  })

// An event of hash format 1 records no boundary, so the store frames such events itself: a run of
// them closes at the end of what is written at once, or where an event of format 2 follows.
const closesFormatOneBatch = (events: ReadonlyArray<RecordedEvent>, offset: number): boolean => {
  const next = events[offset + 1]
  return EventHash.hashFormatOf(events[offset] as RecordedEvent) === 1 && (next === undefined || EventHash.hashFormatOf(next) === 2)
}

const parse = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

// A line of hash format 1 closes its batch where its flag says (nothing else records it); one of
// format 2 never carries the flag, so a flag added to it shows in the comparison of the bytes.
const closesAsStored = (event: RecordedEvent, record: Record<string, unknown> | undefined): boolean =>
  EventHash.hashFormatOf(event) === 1 && record?.[END_OF_BATCH] === true

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
    if (closesBatch(record)) {
      yield { events: pending, endOffset: line.endOffset }
      pending = []
      batchStart = { offset: line.endOffset, lineNumber: line.lineNumber + 1 }
    }
  }
  if (pending.length > 0) yield { tornAt: batchStart }
}

/**
 * Opens the JSON-lines ledger at `path` (created on the first append; opened with
 * `access: "read"`, it must exist). Refuses to open a file that ends in a partly written batch —
 * a crash during an append — with a message naming the line and pointing to `plan-ledger repair`;
 * damage anywhere else is named by its line, and repair will not touch it.
 *
 * Opening reads the file once to build the append index (each stream's head, each event id's
 * line, the chain's head); each append then reads only what other processes wrote since.
 *
 * @example
 * import { openJsonlEventStore } from "@plan-ledger/store-jsonl"
 * import { LedgerEvents } from "@plan-ledger/core/store"
 * const store = await openJsonlEventStore("ledger.jsonl", { events: LedgerEvents })
 *
 * @category constructors
 * @since 0.1.0
 */
export const openJsonlEventStore = async <New extends NewEvent, Recorded extends RecordedEvent>(
  path: string,
  options: JsonlOpenOptions<New, Recorded>
): Promise<JsonlEventStore<New, Recorded>> => {
  const schema = options.events
  const storeName = `jsonl:${path}`
  const lockDirectory = `${path}.lock`
  const fileSystem = options.fileSystem ?? nodeFileSystem
  const readOnly = options.access === "read"
  if (readOnly && !existsSync(path)) {
    throw new StoreUnavailable({
      store: storeName,
      detail: `no ledger at ${path}: reading never creates one; name an existing ledger file`
    })
  }
  const index = emptyIndex()
  // The index reads up to the first line that is not part of a whole batch; what that line is —
  // the torn tail of an append that never completed, or damage — takes a full read to tell.
  const refuseIfNotWhole = async (): Promise<void> => {
    if ((await catchUp(path, index)) === undefined) return
    throw new StoreUnavailable({ store: storeName, detail: refusalDetail(path, await examineLedgerFile(path, { events: schema })) })
  }
  await refuseIfNotWhole()
  let closed = false
  const ensureOpen = (): void => {
    if (closed) throw new StoreUnavailable({ store: storeName, detail: "the store was closed; open it again" })
  }
  const ensureWritable = (): void => {
    ensureOpen()
    if (readOnly)
      throw new StoreUnavailable({ store: storeName, detail: "the ledger was opened for reading only; open it for writing to append" })
  }

  // One write and one fsync per batch; the batch's last line closes it. The batch is in the index
  // only once it is durable: a failed write leaves the file as it was.
  const writeBatch = (sealed: ReadonlyArray<RecordedEvent>): void => {
    const lines = sealed.map((event, offset) => lineOf(event, closesFormatOneBatch(sealed, offset)))
    appendDurably(fileSystem, path, Buffer.from(lines.join("\n") + "\n"), storeName)
    addWritten(index, sealed, lines)
  }

  // Under the lock (created with the ledger's directory, made durable): the index takes in what
  // other processes appended since; a torn tail found now was left by a writer that died holding
  // the lock, and nothing may be written after it.
  const underLock = <Result>(work: () => Promise<Result>): Promise<Result> => {
    createDirectoryDurably(fileSystem, dirname(path), storeName)
    return withFileLock(lockDirectory, storeName, async () => {
      await refuseIfNotWhole()
      return work()
    })
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

  const primitives: AppendAlgorithm.AppendPrimitives = {
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

  const appendToStream: EventStore<New, Recorded>["appendToStream"] = async (stream, events, options) => {
    ensureWritable()
    const prepared = AppendAlgorithm.prepare(schema, stream, events, options.expectedRevision)
    return underLock(async () => AppendAlgorithm.runSync(primitives, prepared))
  }

  // The file's whole batches, as stored records (with a format-1 batch's end-of-batch flag still on
  // its last).
  async function* storedBatches(): AsyncIterable<ReadonlyArray<Recorded>> {
    ensureOpen()
    for await (const batch of readBatches(path)) {
      if (!("events" in batch)) return
      yield batch.events as ReadonlyArray<unknown> as ReadonlyArray<Recorded>
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    const selected = ReplayPages.selectedBy(options)
    for await (const batch of storedBatches()) {
      for (const record of batch) if (selected(record)) yield withoutFlag(record) as Recorded
    }
  }

  // A fold ignores the end-of-batch flag, so replay skips copying each record without it.
  const readAllForReplay = (options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> =>
    ReplayPages.regroup(storedBatches(), options)

  async function* readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    const from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER
    for await (const event of readAll()) {
      if (event.stream !== stream || event.streamRevision < from) continue
      if (event.streamRevision > to) return
      yield event
    }
  }

  // Every line is walked, those of a torn tail too: an append that never completed sealed its
  // whole lines as they are, so a closing line whose mark was changed (a whole batch made to look
  // cut short) breaks the chain. Only a torn tail's line cut short is not an event. A closing last
  // line without its newline is reported, as opening and repair report it.
  const verify = async (options: VerifyOptions = {}): Promise<VerifyReport> => {
    ensureOpen()
    const { tornTail } = await examineLedgerFile(path)
    async function* records(): AsyncIterable<StoredRecord.StoredRecord> {
      for await (const line of readLines(path)) {
        if (tornTail !== undefined && !line.complete) return
        const record = parse(line.text)
        yield {
          record: record ?? line.text,
          differenceFrom: (event) =>
            line.complete
              ? StoredRecord.textDifference(`line ${line.lineNumber}`, line.text, lineOf(event, closesAsStored(event, record)))
              : `line ${line.lineNumber} closes the file without the newline every line ends with (an editor may have removed it), so the store refuses to open the ledger`
        }
      }
    }
    const report = await ChainVerifier.verifyStore(schema, storeName, records(), options.onProgress)
    if (!report.ok || tornTail === undefined) return report
    const wholeEvents = report.eventsChecked - tornTail.events.length
    return {
      ok: false,
      eventsChecked: wholeEvents,
      damage: {
        kind: "torn-tail",
        globalPosition: wholeEvents + 1,
        message: `line ${tornTail.fromLine} onwards is a partly written batch; run plan-ledger repair --store jsonl:${path} to move it to a side file`
      }
    }
  }

  const store: JsonlEventStore<New, Recorded> = {
    path,
    appendToStream,
    // Under the lock, so the head includes whatever other processes have appended; a reader
    // takes no lock (it creates nothing) and sees every batch whole when it reads.
    head: async () => {
      ensureOpen()
      if (!existsSync(path)) return { globalPosition: 0, hash: null }
      if (readOnly) {
        await refuseIfNotWhole()
        return primitives.chainHead()
      }
      return underLock(async () => primitives.chainHead())
    },
    readAll,
    readAllForReplay,
    readStream,
    // Under the lock, like the head, so the names include streams other processes have begun.
    streamNames: async (prefix) => {
      ensureOpen()
      if (!existsSync(path)) return []
      const names = (): Array<string> => [...index.streams.keys()].filter((stream) => stream.startsWith(prefix)).sort()
      if (readOnly) {
        await refuseIfNotWhole()
        return names()
      }
      return underLock(async () => names())
    },
    snapshots: snapshotFile(path),
    // The head is read under the file lock, so it is polled less often than SQLite's.
    subscribe: (options) => Subscription.follow(readAll, Subscription.pollingHead(store.head, 100), options),
    verify,
    close: async () => {
      closed = true
    },
    // A copy into the ledger is written beside it and renamed over it, so no kill leaves a part.
    importSealed: async (events) => {
      ensureWritable()
      return underLock(async () => {
        const imported = await writeWholeFile(fileSystem, path, storeName, (write) =>
          SealedImport.importChecked(schema, storeName, events, {
            holdsEvents: () => index.size > 0,
            writeBatch: (batch) => {
              write(Buffer.from(batch.map((event, offset) => lineOf(event, closesFormatOneBatch(batch, offset))).join("\n") + "\n"))
            }
          })
        )
        await catchUp(path, index)
        return imported
      })
    }
  }
  return store
}

/**
 * Where a torn tail starts, if the file ends in one (see `examineLedgerFile`; damage elsewhere is
 * not a torn tail).
 *
 * @category repairing
 * @since 0.1.0
 */
export const findTornTail = async (path: string): Promise<{ readonly offset: number; readonly lineNumber: number } | undefined> => {
  const { tornTail } = await examineLedgerFile(path)
  return tornTail === undefined ? undefined : { offset: tornTail.offset, lineNumber: tornTail.fromLine }
}
