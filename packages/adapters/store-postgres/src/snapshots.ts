import { type NewEvent, type RecordedEvent, type SnapshotStore, StoreGuards, StoreUnavailable } from "@plan-ledger/eventstore"
import { describe, type PostgresLedger } from "./open.js"

/**
 * `snapshots` of the PostgreSQL store: the schema's `snapshots` table. A table dropped or changed
 * behind the store's back is named with the fix, never passed on as the server's own error: views
 * fold the whole log without it.
 *
 * @category snapshots
 * @since 0.5.0
 */
export const snapshots = <New extends NewEvent, Recorded extends RecordedEvent>(ledger: PostgresLedger<New, Recorded>): SnapshotStore => {
  const { pool, storeName } = ledger
  const snapshots = `${ledger.schema}.snapshots`
  const snapshotQuery = async <Result>(doing: string, query: () => Promise<Result>): Promise<Result> => {
    try {
      return await query()
    } catch (cause) {
      throw new StoreUnavailable({
        store: storeName,
        detail: `cannot ${doing} the snapshots table ${snapshots} (${describe(cause)}): views fold the whole log without it; restore the schema from a backup, or copy the ledger into a new schema with plan-ledger copy and rebuild there`
      })
    }
  }
  return {
    read: async () => {
      StoreGuards.ensureOpen(ledger)
      const row = (
        await snapshotQuery("read", () =>
          pool.query<{ global_position: string; hash: string; projection_version: number; state: string }>(
            `SELECT global_position, hash, projection_version, state FROM ${snapshots} LIMIT 1`
          )
        )
      ).rows[0]
      return row === undefined
        ? undefined
        : { globalPosition: Number(row.global_position), hash: row.hash, projectionVersion: row.projection_version, state: row.state }
    },
    write: async (snapshot) => {
      StoreGuards.ensureOpen(ledger)
      // One statement, so the old snapshot is replaced atomically.
      await snapshotQuery("write", () =>
        pool.query(
          `WITH replaced AS (DELETE FROM ${snapshots}) INSERT INTO ${snapshots} (global_position, hash, projection_version, state) VALUES ($1, $2, $3, $4)`,
          [snapshot.globalPosition, snapshot.hash, snapshot.projectionVersion, snapshot.state]
        )
      )
    },
    clear: async () => {
      StoreGuards.ensureOpen(ledger)
      await snapshotQuery("clear", () => pool.query(`DELETE FROM ${snapshots}`))
    }
  }
}
