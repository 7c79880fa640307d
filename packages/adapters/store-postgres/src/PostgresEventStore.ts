import type { EventSchema, NewEvent, RecordedEvent, SealedImport, SnapshotStore } from "@plan-ledger/eventstore"
import { TreeHasher } from "@plan-ledger/eventstore"
import type pg from "pg"
import { appendToStream } from "./appendToStream.js"
import { close } from "./close.js"
import { head } from "./head.js"
import { importSealed } from "./importSealed.js"
import { merkle } from "./merkle.js"
import { open } from "./open.js"
import { personalVault } from "./personalVault.js"
import { readAll } from "./readAll.js"
import { readAllForReplay } from "./readAllForReplay.js"
import { readStream } from "./readStream.js"
import { snapshots } from "./snapshots.js"
import { streamNames } from "./streamNames.js"
import { subscribe } from "./subscribe.js"
import { verify } from "./verify.js"

/**
 * A PostgreSQL-backed `EventStore`, with its pool and schema for tests and tools.
 *
 * @category models
 * @since 0.1.0
 */
export interface PostgresEventStore<
  New extends NewEvent = NewEvent,
  Recorded extends RecordedEvent = RecordedEvent
> extends SealedImport.SealedImportTarget<New, Recorded> {
  readonly schema: string
  readonly pool: pg.Pool
  /** The schema's `snapshots` table. */
  readonly snapshots: SnapshotStore
}

/**
 * Opens the ledger of the events `options.events` decodes in a PostgreSQL database
 * (`postgres://user@host:5432/db`, optionally `?schema=name`), creating and migrating its schema if needed. With `access: "read"` the schema
 * must already hold a ledger at this code's migration level (`requireReadableLevel`): nothing is
 * created or migrated, every session is read-only on the server, and appends are refused.
 *
 * Appenders take a transaction-level advisory lock before reading the last position and hash, and
 * give each event `global_position = last + 1` inside the transaction; the lock is released only
 * at commit. So positions are assigned in commit order: a reader following the global order can
 * never see position N+1 before position N is committed, and never skips an event a slower writer
 * commits late. Each operation lives in the file named after it; this one only wires them.
 *
 * @example
 * import { openPostgresEventStore } from "@plan-ledger/store-postgres"
 * import { LedgerEvents } from "@plan-ledger/core/store"
 * const store = await openPostgresEventStore("postgres://ledger@db.example:5432/plans", { events: LedgerEvents })
 *
 * @category constructors
 * @since 0.1.0
 */
export const openPostgresEventStore = async <New extends NewEvent, Recorded extends RecordedEvent>(
  url: string,
  options: { readonly events: EventSchema.EventSchema<New, Recorded>; readonly access?: "read" | "write" }
): Promise<PostgresEventStore<New, Recorded>> => {
  // The tree's hashes at their fastest from the first (see `TreeHasher.ready`).
  await TreeHasher.ready()
  const ledger = await open(url, options)
  const readAllOfLedger = readAll(ledger)
  const merkleOfLedger = merkle(ledger)
  return {
    schema: ledger.schema,
    pool: ledger.pool,
    head: head(ledger),
    appendToStream: appendToStream(ledger),
    readAll: readAllOfLedger,
    readAllForReplay: readAllForReplay(ledger),
    readStream: readStream(ledger),
    streamNames: streamNames(ledger),
    snapshots: snapshots(ledger),
    subscribe: subscribe(ledger, readAllOfLedger),
    merkle: merkleOfLedger,
    personalVault: personalVault(ledger),
    verify: verify(ledger, merkleOfLedger),
    close: close(ledger),
    importSealed: importSealed(ledger)
  }
}
