import type { NewEvent, RecordedEvent, SealedImport, SnapshotStore } from "@plan-ledger/eventstore"
import { TreeHasher } from "@plan-ledger/eventstore"
import { appendToStream } from "./appendToStream.js"
import { close } from "./close.js"
import { head } from "./head.js"
import { importSealed } from "./importSealed.js"
import { merkle } from "./merkle.js"
import { open, type SqliteOpenOptions } from "./open.js"
import { personalVault } from "./personalVault.js"
import { readAll } from "./readAll.js"
import { readAllForReplay } from "./readAllForReplay.js"
import { readStream } from "./readStream.js"
import { snapshots } from "./snapshots.js"
import type { SqliteConnection } from "./SqliteConnection.js"
import { streamNames } from "./streamNames.js"
import { subscribe } from "./subscribe.js"
import { verify } from "./verify.js"

export type { SqliteOpenOptions } from "./open.js"

/**
 * A SQLite-backed `EventStore`, with access to the database for tests and tools.
 *
 * @category models
 * @since 0.1.0
 */
export interface SqliteEventStore<
  New extends NewEvent = NewEvent,
  Recorded extends RecordedEvent = RecordedEvent
> extends SealedImport.SealedImportTarget<New, Recorded> {
  readonly path: string
  /** The underlying connection — for tamper tests and maintenance, never for appends. */
  readonly database: SqliteConnection
  /** The `snapshots` table. */
  readonly snapshots: SnapshotStore
}

/**
 * Opens (creating if needed, with its directory) the SQLite ledger at `path`, for the events
 * `options.events` decodes, in WAL mode, and applies the schema migrations it has not seen. With `access: "read"` the ledger must exist and
 * is neither created, migrated nor written (`openReadOnlyDatabase`); appends are refused. `driver`
 * names the SQLite driver (`"node:sqlite"` or `"better-sqlite3"`); without it the environment
 * variable `PLAN_LEDGER_SQLITE_DRIVER` decides, else `DEFAULT_SQLITE_DRIVER`. Both drivers read and
 * write the same file. Each operation lives in the file named after it; this one only wires them.
 *
 * @example
 * import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
 * import { LedgerEvents } from "@plan-ledger/core/store"
 * const store = await openSqliteEventStore(".plan-ledger/ledger.db", { events: LedgerEvents })
 *
 * @category constructors
 * @since 0.1.0
 */
export const openSqliteEventStore = async <New extends NewEvent, Recorded extends RecordedEvent>(
  path: string,
  options: SqliteOpenOptions<New, Recorded>
): Promise<SqliteEventStore<New, Recorded>> => {
  // The tree's hashes at their fastest from the first (see `TreeHasher.ready`).
  await TreeHasher.ready()
  const ledger = await open(path, options)
  const readAllOfLedger = readAll(ledger)
  const headOfLedger = head(ledger)
  const merkleOfLedger = merkle(ledger)
  return {
    path,
    database: ledger.database,
    head: headOfLedger,
    appendToStream: appendToStream(ledger),
    readStream: readStream(ledger),
    readAll: readAllOfLedger,
    readAllForReplay: readAllForReplay(ledger),
    streamNames: streamNames(ledger),
    snapshots: snapshots(ledger),
    merkle: merkleOfLedger,
    personalVault: personalVault(ledger),
    subscribe: subscribe(readAllOfLedger, headOfLedger),
    verify: verify(ledger, merkleOfLedger),
    close: close(ledger),
    importSealed: importSealed(ledger)
  }
}
