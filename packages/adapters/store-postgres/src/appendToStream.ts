import {
  AppendAlgorithm,
  type CompactRange,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  StoreGuards
} from "@plan-ledger/eventstore"
import { nodesOf, rangeAt } from "./MerkleTable.js"
import type { PostgresLedger } from "./open.js"
import { writeFailureOf } from "./WriteFailure.js"

// What `append_sealed` reports: whether it wrote, both heads and the stored events among the ids.
type Written = {
  readonly written: boolean
  readonly stream_revision: number
  readonly stream_position: string
  readonly chain_position: string
  readonly chain_hash: string | null
  readonly stored: ReadonlyArray<string> | null
}

/**
 * `appendToStream` of the PostgreSQL store: the kernel's `AppendAlgorithm.runPresumed`, one
 * statement per append. `append_sealed` (migration 4, reached through `append_sealed_json` of
 * migration 5, replaced by migration 7) compares under the ledger's advisory lock what it finds
 * with what the batch was sealed against and writes only on a match;
 * `AppendAlgorithm.decideWrite` is the store's one check of whether the batch may be written. The
 * Merkle tree nodes from level 4 up that the batch completes go in the same statement (migration
 * 4), computed from the tree at the presumed head, and the statement sets the tree's size
 * (migration 7). A store opened to read refuses every append.
 *
 * @category appending
 * @since 0.5.0
 */
export const appendToStream = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>
): EventStore<New, Recorded>["appendToStream"] => {
  const { pool, schema, storeName } = ledger

  // The tree this store's last append left; the peaks at another size are read from the table.
  let tree: CompactRange.CompactRange | undefined

  // One statement per append (`append_sealed_json`, created by a migration): under the ledger's lock it
  // reports the batch's stored ids and both heads, and inserts the batch only if it was sealed
  // against exactly those heads. The chain's head is presumed from this store's last append, so a
  // lone writer pays one round trip; after another writer's append the statement reports the new
  // heads and the batch is sealed again and resent.
  const writeIfAt: AppendAlgorithm.WriteIfAt = async (stream, presumed, sealed) => {
    const size = presumed.chain.globalPosition
    const base =
      tree?.size === size
        ? tree
        : await rangeAt(pool, schema, size).catch((cause: unknown) => {
            throw writeFailureOf(storeName, cause, false)
          })
    const nodes = nodesOf(
      base,
      sealed.map((event) => event.hash)
    )
    tree = undefined
    const found = (
      await pool
        .query<Written>({
          // Named, so each connection parses and plans the statement once, not on every append.
          name: `plan_ledger_append_sealed_json_${schema}`,
          text: `SELECT * FROM ${schema}.append_sealed_json($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          values: [
            stream,
            presumed.streamRevision ?? -1,
            presumed.chain.globalPosition,
            presumed.chain.hash,
            sealed.map((event) => event.globalPosition),
            sealed.map((event) => event.eventId),
            sealed.map((event) => event.streamRevision),
            sealed.map((event) => event.recordedAt),
            // Freshly sealed events are in the sealed form already: one JSON array of their texts,
            // joined rather than escaped into an array literal.
            `[${sealed.map((event) => JSON.stringify(event)).join(",")}]`,
            sealed.map((event) => event.hash),
            nodes.columns.levels,
            nodes.columns.indexes,
            nodes.columns.hashes.map((hash) => Buffer.from(hash))
          ]
        })
        // The statement is its own transaction: its answer is the commit's, and no answer leaves
        // the outcome unknown.
        .catch((cause: unknown) => {
          throw writeFailureOf(storeName, cause, true)
        })
    ).rows[0] as Written
    if (found.written) tree = nodes.range
    const storedEvents = (found.stored ?? []).map((text) => JSON.parse(text) as RecordedEvent)
    return {
      written: found.written,
      stored: new Map(storedEvents.map((event) => [event.eventId, event])),
      stream: {
        revision: found.stream_revision < 0 ? undefined : found.stream_revision,
        lastGlobalPosition: Number(found.stream_position)
      },
      chain: { globalPosition: Number(found.chain_position), hash: found.chain_hash }
    }
  }
  let presumedChain: AppendAlgorithm.ChainHead = { globalPosition: 0, hash: null }

  return async (stream, newEvents, options) => {
    StoreGuards.ensureWritable(ledger)
    const prepared = AppendAlgorithm.prepare(ledger.eventSchema, stream, newEvents, options.expectedRevision)
    const { result, chain } = await AppendAlgorithm.runPresumed(writeIfAt, prepared, presumedChain)
    if (chain.globalPosition > presumedChain.globalPosition) presumedChain = chain
    return result
  }
}
