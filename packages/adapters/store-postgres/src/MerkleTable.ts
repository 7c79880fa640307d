import { CompactRange, type NodeId, TreeHasher } from "@plan-ledger/eventstore"
import type pg from "pg"

/**
 * Node columns as `append_sealed` and the import take them: one array each, index by index.
 *
 * @category transparency
 * @since 0.5.0
 */
export interface NodeColumns {
  readonly levels: ReadonlyArray<number>
  readonly indexes: ReadonlyArray<number>
  readonly hashes: ReadonlyArray<Uint8Array>
}

/**
 * The nodes a run of events completes, appended to the tree of `range`, as columns to insert into
 * `<schema>.merkle_nodes`, and the range after them.
 *
 * @category transparency
 * @since 0.5.0
 */
export const nodesOf = (
  range: CompactRange.CompactRange,
  chainHashes: ReadonlyArray<string>
): { readonly range: CompactRange.CompactRange; readonly columns: NodeColumns } => {
  const next = CompactRange.appendAll(range, chainHashes.map(TreeHasher.eventLeafHash))
  return {
    range: next.range,
    columns: {
      levels: next.completed.map((node) => node.id.level),
      indexes: next.completed.map((node) => node.id.index),
      hashes: next.completed.map((node) => node.hash)
    }
  }
}

/**
 * Reads nodes of `<schema>.merkle_nodes` in one query, in the order asked; a node the table lacks
 * is refused.
 *
 * @category transparency
 * @since 0.5.0
 */
export const readNodes = async (
  client: pg.Pool | pg.PoolClient,
  schema: string,
  ids: ReadonlyArray<NodeId>
): Promise<ReadonlyArray<Uint8Array>> => {
  if (ids.length === 0) return []
  const { rows } = await client.query<{ hash: Uint8Array | null }>(
    `SELECT n.hash FROM unnest($1::int[], $2::bigint[]) WITH ORDINALITY AS asked(level, node_index, at)
       LEFT JOIN ${schema}.merkle_nodes n USING (level, node_index) ORDER BY asked.at`,
    [ids.map((id) => id.level), ids.map((id) => id.index)]
  )
  return rows.map((row, at) => {
    const id = ids[at] as NodeId
    if (row.hash === null) throw new RangeError(`no node (${id.level}, ${id.index}) in ${schema}.merkle_nodes`)
    return new Uint8Array(row.hash)
  })
}

/**
 * The compact range of the first `size` leaves, read from their peaks.
 *
 * @category transparency
 * @since 0.5.0
 */
export const rangeAt = async (client: pg.Pool | pg.PoolClient, schema: string, size: number): Promise<CompactRange.CompactRange> => ({
  size,
  peaks: await readNodes(client, schema, CompactRange.peakIds(size))
})

/**
 * Inserts node columns into `<schema>.merkle_nodes`.
 *
 * @category transparency
 * @since 0.5.0
 */
export const insertNodes = async (client: pg.PoolClient, schema: string, columns: NodeColumns): Promise<void> => {
  await client.query(
    `INSERT INTO ${schema}.merkle_nodes (level, node_index, hash) SELECT * FROM unnest($1::int[], $2::bigint[], $3::bytea[])`,
    [columns.levels, columns.indexes, columns.hashes.map((hash) => Buffer.from(hash))]
  )
}

// Events whose chain hashes the backfill reads at a time.
const BACKFILL_PAGE = 10_000

/**
 * Fills `<schema>.merkle_nodes` from the chain hashes of the events already stored, in global
 * order, inside the caller's transaction.
 *
 * @category transparency
 * @since 0.5.0
 */
export const backfillNodes = async (client: pg.PoolClient, schema: string): Promise<void> => {
  let range = CompactRange.empty
  for (;;) {
    const { rows } = await client.query<{ hash: string }>(
      `SELECT hash FROM ${schema}.events WHERE global_position > $1 ORDER BY global_position LIMIT ${BACKFILL_PAGE}`,
      [range.size]
    )
    if (rows.length === 0) return
    const next = nodesOf(
      range,
      rows.map((row) => row.hash)
    )
    await insertNodes(client, schema, next.columns)
    range = next.range
  }
}
