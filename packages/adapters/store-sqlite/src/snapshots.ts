import {
  type NewEvent,
  type RecordedEvent,
  type Snapshot,
  type SnapshotStore,
  StoreGuards,
  StoreUnavailable
} from "@plan-ledger/eventstore"
import type { SqliteLedger } from "./open.js"
import type { SqliteStatement } from "./SqliteConnection.js"

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * `snapshots` of the SQLite store: the ledger's `snapshots` table. Its statements are prepared when the snapshot is
 * first read or written, not when the ledger opens: a ledger whose snapshots table was dropped or
 * changed still opens and shows every view (folded from the log), and the snapshot is refused as a
 * `StoreUnavailable` naming the table and the fix, never an error from inside SQLite. A row is
 * handed on with its columns as stored, whatever their types: the snapshot's proof in core checks
 * each one.
 *
 * @category snapshots
 * @since 0.4.0
 */
export const snapshots = <New extends NewEvent, Recorded extends RecordedEvent>(ledger: SqliteLedger<New, Recorded>): SnapshotStore => {
  const { database, storeName } = ledger
  const unavailable = (doing: string, cause: unknown): StoreUnavailable =>
    new StoreUnavailable({
      store: storeName,
      detail: `cannot ${doing} the snapshots table (${describe(cause)}): views fold the whole log without it; restore the ledger from a backup, or copy it into a new ledger with plan-ledger copy and rebuild there`
    })
  let statements: { readonly read: SqliteStatement; readonly clear: SqliteStatement; readonly insert: SqliteStatement } | undefined
  const prepared = () => {
    statements ??= {
      read: database.prepare("SELECT global_position, hash, projection_version, state FROM snapshots LIMIT 1"),
      clear: database.prepare("DELETE FROM snapshots"),
      insert: database.prepare(
        "INSERT INTO snapshots (global_position, hash, projection_version, state) VALUES (@globalPosition, @hash, @projectionVersion, @state)"
      )
    }
    return statements
  }
  const guarded = <Result>(doing: string, work: () => Result): Result => {
    StoreGuards.ensureOpen(ledger)
    try {
      return work()
    } catch (cause) {
      throw cause instanceof StoreUnavailable ? cause : unavailable(doing, cause)
    }
  }
  return {
    read: async () =>
      guarded("read", () => {
        const row = prepared().read.get()
        if (row === undefined) return undefined
        const [globalPosition, hash, projectionVersion, state] = row
        return { globalPosition, hash, projectionVersion, state } as unknown as Snapshot
      }),
    write: async (snapshot) =>
      guarded("write", () => {
        const { insert, clear } = prepared()
        database.immediateTransaction(() => {
          clear.run()
          insert.run({ ...snapshot })
        })
      }),
    clear: async () =>
      guarded("clear", () => {
        prepared().clear.run()
      })
  }
}
