import type { NewEvent, RecordedEvent } from "./EventEnvelope.js"
import type { EventSchema } from "./EventSchema.js"
import type { SealedImportTarget } from "./SealedImport.js"
import { appendToStream } from "./memory/appendToStream.js"
import { close } from "./memory/close.js"
import { head } from "./memory/head.js"
import { importSealed } from "./memory/importSealed.js"
import { merkle } from "./memory/merkle.js"
import { open } from "./memory/open.js"
import { personalVault } from "./memory/personalVault.js"
import { readAll } from "./memory/readAll.js"
import { readAllForReplay } from "./memory/readAllForReplay.js"
import { readStream } from "./memory/readStream.js"
import { snapshots } from "./memory/snapshots.js"
import { streamNames } from "./memory/streamNames.js"
import { subscribe } from "./memory/subscribe.js"
import { tamperForTesting } from "./memory/TamperForTesting.js"
import { verify } from "./memory/verify.js"

/**
 * An `EventStore` held in memory, for the domain whose events `schema` decodes: for tests,
 * examples and throw-away projections. It keeps every rule of the port (atomic batches, expected
 * revisions, idempotent re-appends, the hash chain). Each operation lives in its own file of
 * `memory/`, named after it, as in every store package; this file only wires them together.
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
  const memory = open(schema)
  const readAllOfMemory = readAll(memory)
  return {
    appendToStream: appendToStream(memory),
    head: head(memory),
    readStream: readStream(memory),
    readAll: readAllOfMemory,
    readAllForReplay: readAllForReplay(memory),
    streamNames: streamNames(memory),
    snapshots: snapshots(memory),
    merkle: merkle(memory),
    personalVault: personalVault(),
    subscribe: subscribe(memory, readAllOfMemory),
    verify: verify(memory),
    close: close(memory),
    tamperForTesting: tamperForTesting(memory),
    importSealed: importSealed(memory)
  }
}
