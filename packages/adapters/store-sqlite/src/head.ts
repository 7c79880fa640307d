import { type AppendAlgorithm, type EventStore, type NewEvent, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import type { SqliteLedger } from "./open.js"
import type { SqliteConnection } from "./SqliteConnection.js"

/**
 * The chain's head as the database holds it now: one look-up of the last row by global position.
 * Synchronous, so the append reads it inside its transaction.
 *
 * @category reading
 * @since 0.5.0
 */
export const chainHead = (database: SqliteConnection): (() => AppendAlgorithm.ChainHead) => {
  const lastEvent = database.prepare<[globalPosition: number, hash: string]>(
    "SELECT global_position, hash FROM events ORDER BY global_position DESC LIMIT 1"
  )
  return () => {
    const last = lastEvent.get()
    return { globalPosition: last?.[0] ?? 0, hash: last?.[1] ?? null }
  }
}

/**
 * `head` of the SQLite store.
 *
 * @category reading
 * @since 0.5.0
 */
export const head = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): EventStore<New, Recorded>["head"] => {
  const current = chainHead(ledger.database)
  return async () => {
    StoreGuards.ensureOpen(ledger)
    return current()
  }
}
