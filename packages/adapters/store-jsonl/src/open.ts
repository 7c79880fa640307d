import { existsSync } from "node:fs"
import { dirname } from "node:path"
import { type EventSchema, type NewEvent, type RecordedEvent, StoreUnavailable } from "@plan-ledger/eventstore"
import { type AppendIndex, catchUp, emptyIndex } from "./AppendIndex.js"
import { createDirectoryDurably } from "./DurableAppend.js"
import { withFileLock } from "./FileLock.js"
import { type LedgerFileSystem, nodeFileSystem } from "./LedgerFileSystem.js"
import { examineLedgerFile, refusalDetail } from "./LedgerCondition.js"

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
 * An opened JSON-lines ledger, as every operation of the store works on it: the file, the append
 * index, and the two ways to see the file as it stands — under its lock, or (for a reader, which
 * takes none) after catching up.
 *
 * @category models
 * @since 0.5.0
 */
export interface JsonlLedger<New extends NewEvent, Recorded extends RecordedEvent> {
  readonly path: string
  readonly storeName: string
  readonly schema: EventSchema.EventSchema<New, Recorded>
  readonly fileSystem: LedgerFileSystem
  readonly readOnly: boolean
  readonly index: AppendIndex
  closed: boolean
  /**
   * Brings the index up to the end of the file; a file that does not end in a whole batch (a torn
   * tail, or damage) is refused, saying which and what to do.
   */
  readonly refuseIfNotWhole: () => Promise<void>
  /**
   * Runs `work` holding the ledger's lock (created with the ledger's directory, made durable), after
   * the index took in what other processes appended since; a torn tail found now was left by a
   * writer that died holding the lock, and nothing may be written after it.
   */
  readonly underLock: <Result>(work: () => Promise<Result>) => Promise<Result>
}

/**
 * Opens the ledger at `path`: reads the file once to build the append index, and refuses a file
 * that does not end in a whole batch (or, to read, one that does not exist).
 *
 * @category constructors
 * @since 0.5.0
 */
export const open = async <New extends NewEvent, Recorded extends RecordedEvent>(
  path: string,
  options: JsonlOpenOptions<New, Recorded>
): Promise<JsonlLedger<New, Recorded>> => {
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
  const underLock = <Result>(work: () => Promise<Result>): Promise<Result> => {
    createDirectoryDurably(fileSystem, dirname(path), storeName)
    return withFileLock(lockDirectory, storeName, async () => {
      await refuseIfNotWhole()
      return work()
    })
  }
  return { path, storeName, schema, fileSystem, readOnly, index, closed: false, refuseIfNotWhole, underLock }
}

/**
 * Runs `read` on the index as the file stands now: under the lock, so it includes whatever other
 * processes have appended; a reader takes no lock (it creates nothing) and catches up instead,
 * seeing every batch whole.
 *
 * @category reading
 * @since 0.5.0
 */
export const withCurrentIndex = <New extends NewEvent, Recorded extends RecordedEvent, Result>(
  ledger: JsonlLedger<New, Recorded>,
  read: () => Result
): Promise<Result> => {
  if (!ledger.readOnly) return ledger.underLock(async () => read())
  return ledger.refuseIfNotWhole().then(read)
}
