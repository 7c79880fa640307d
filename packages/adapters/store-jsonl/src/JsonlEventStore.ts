import type { NewEvent, RecordedEvent, SealedImport, SnapshotStore } from "@plan-ledger/eventstore"
import { TreeHasher } from "@plan-ledger/eventstore"
import { appendToStream } from "./appendToStream.js"
import { close } from "./close.js"
import { head } from "./head.js"
import { importSealed } from "./importSealed.js"
import { merkle } from "./merkle.js"
import { type JsonlOpenOptions, open } from "./open.js"
import { personalVault } from "./personalVault.js"
import { readAll } from "./readAll.js"
import { readAllForReplay } from "./readAllForReplay.js"
import { readStream } from "./readStream.js"
import { snapshots } from "./snapshots.js"
import { streamNames } from "./streamNames.js"
import { subscribe } from "./subscribe.js"
import { verify } from "./verify.js"

export type { JsonlOpenOptions } from "./open.js"

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
 * Opens the JSON-lines ledger at `path` (created on the first append; opened with
 * `access: "read"`, it must exist). Refuses to open a file that ends in a partly written batch —
 * a crash during an append — with a message naming the line and pointing to `plan-ledger repair`;
 * damage anywhere else is named by its line, and repair will not touch it.
 *
 * Opening reads the file once to build the append index (each stream's head, each event id's
 * line, the chain's head); each append then reads only what other processes wrote since. Each
 * operation lives in the file named after it; this one only wires them.
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
  // The tree's hashes at their fastest from the first (see `TreeHasher.ready`).
  await TreeHasher.ready()
  const ledger = await open(path, options)
  const readAllOfLedger = readAll(ledger)
  const headOfLedger = head(ledger)
  return {
    path,
    appendToStream: appendToStream(ledger),
    head: headOfLedger,
    readAll: readAllOfLedger,
    readAllForReplay: readAllForReplay(ledger),
    readStream: readStream(readAllOfLedger),
    streamNames: streamNames(ledger),
    snapshots: snapshots(path),
    subscribe: subscribe(readAllOfLedger, headOfLedger),
    merkle: merkle(ledger),
    personalVault: personalVault(ledger),
    verify: verify(ledger),
    close: close(ledger),
    importSealed: importSealed(ledger)
  }
}
