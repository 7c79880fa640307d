import {
  CompactRange,
  EventChain,
  type NewEvent,
  type RecordedEvent,
  SealedImport,
  StoreGuards,
  StoreUnavailable
} from "@plan-ledger/eventstore"
import type pg from "pg"
import { nodesOf, writeNodes } from "./MerkleTable.js"
import { lockKey } from "./Migrations.js"
import { describe, isTagged, type PostgresLedger } from "./open.js"
import { writeFailureOf } from "./WriteFailure.js"

/**
 * `importSealed` of the PostgreSQL store: the kernel's `SealedImport.importChecked` in one
 * transaction under the ledger's advisory lock, so a copy that fails midway rolls back and leaves
 * the schema empty.
 *
 * @category appending
 * @since 0.5.0
 */
export const importSealed = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>
): SealedImport.SealedImportTarget<New, Recorded>["importSealed"] => {
  const { pool, storeName, events } = ledger
  const key = lockKey(ledger.schema)

  // Runs `work` in one transaction holding the ledger's advisory lock.
  const inLockedTransaction = async <Result>(work: (client: pg.PoolClient) => Promise<Result>): Promise<Result> => {
    const client = await pool.connect().catch((cause: unknown) => {
      throw new StoreUnavailable({ store: storeName, detail: `the server did not answer (${describe(cause)})` })
    })
    let committing = false
    // A connection lost while the client is checked out is reported by the query that fails; the
    // client's own error event must not also end the process. A failed client is not reused.
    const ignoreLostConnection = (): void => undefined
    client.on("error", ignoreLostConnection)
    let failed = false
    try {
      await client.query("BEGIN")
      await client.query("SELECT pg_advisory_xact_lock($1)", [key])
      const result = await work(client)
      committing = true
      await client.query("COMMIT")
      return result
    } catch (cause) {
      await client.query("ROLLBACK").catch(() => (failed = true))
      if (isTagged(cause)) throw cause
      failed = true
      throw writeFailureOf(storeName, cause, committing)
    } finally {
      client.off("error", ignoreLostConnection)
      client.release(failed)
    }
  }

  const insert = async (client: pg.PoolClient, sealed: ReadonlyArray<RecordedEvent>): Promise<void> => {
    await client.query(
      `INSERT INTO ${events} (global_position, event_id, stream, stream_revision, recorded_at, event, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[])`,
      [
        sealed.map((event) => event.globalPosition),
        sealed.map((event) => event.eventId),
        sealed.map((event) => event.stream),
        sealed.map((event) => event.streamRevision),
        sealed.map((event) => event.recordedAt),
        sealed.map((event) => JSON.stringify(EventChain.sealedForm(event))),
        sealed.map((event) => event.hash)
      ]
    )
  }

  return async (sealedEvents) => {
    StoreGuards.ensureWritable(ledger)
    // The import writes into an empty ledger: its tree grows from the empty one, batch by batch.
    let tree = CompactRange.empty
    return inLockedTransaction((client) =>
      SealedImport.importChecked(ledger.eventSchema, storeName, sealedEvents, {
        holdsEvents: async () => (await client.query(`SELECT 1 FROM ${events} LIMIT 1`)).rows.length > 0,
        writeBatch: async (batch) => {
          await insert(client, batch)
          const nodes = nodesOf(
            tree,
            batch.map((event) => event.hash)
          )
          await writeNodes(client, ledger.schema, nodes.columns, nodes.range.size)
          tree = nodes.range
        }
      })
    )
  }
}
