import { CompactRange, type NodeId, TreeHasher } from "@plan-ledger/eventstore"
import type pg from "pg"

/**
 * The lowest level of the tree whose nodes `<schema>.merkle_nodes` keeps, as in the SQLite store:
 * the levels below hold fifteen of every sixteen nodes, and a node there spans at most eight
 * events, whose chain hashes a read hashes again.
 *
 * @category transparency
 * @since 0.5.0
 */
export const KEPT_FROM_LEVEL = 4

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
 * The nodes from `KEPT_FROM_LEVEL` up that a run of events completes, appended to the tree of
 * `range`, as columns to insert into `<schema>.merkle_nodes`, and the range after them.
 *
 * @category transparency
 * @since 0.5.0
 */
export const nodesOf = (
  range: CompactRange.CompactRange,
  chainHashes: ReadonlyArray<string>
): { readonly range: CompactRange.CompactRange; readonly columns: NodeColumns } => {
  const next = CompactRange.appendAll(range, chainHashes.map(TreeHasher.eventLeafHash))
  const kept = next.completed.filter((node) => node.id.level >= KEPT_FROM_LEVEL)
  return {
    range: next.range,
    columns: {
      levels: kept.map((node) => node.id.level),
      indexes: kept.map((node) => node.id.index),
      hashes: kept.map((node) => node.hash)
    }
  }
}

const describeNode = ({ level, index }: NodeId): string => `(${level}, ${index})`

// The nodes kept, in one query, in the order asked; a node the table lacks is refused.
const keptNodes = async (
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
    if (row.hash === null) throw new RangeError(`no node ${describeNode(ids[at] as NodeId)} in ${schema}.merkle_nodes`)
    return new Uint8Array(row.hash)
  })
}

// The nodes below the kept levels, hashed again from the chain hashes of the events under them,
// all read in one query. Event `p` (global position, from 1) is leaf `p - 1`.
const nodesHashedAgain = async (
  client: pg.Pool | pg.PoolClient,
  schema: string,
  ids: ReadonlyArray<NodeId>
): Promise<ReadonlyArray<Uint8Array>> => {
  if (ids.length === 0) return []
  const spans = ids.map(({ level, index }) => ({ first: index * 2 ** level, width: 2 ** level }))
  const positions = spans.flatMap(({ first, width }) => Array.from({ length: width }, (_, leaf) => first + leaf + 1))
  const { rows } = await client.query<{ global_position: string; hash: string }>(
    `SELECT global_position, hash FROM ${schema}.events WHERE global_position = ANY($1::bigint[])`,
    [positions]
  )
  const hashAt = new Map(rows.map((row) => [Number(row.global_position), row.hash]))
  return spans.map(({ first, width }, at) => {
    const under = Array.from({ length: width }, (_, leaf) => hashAt.get(first + leaf + 1))
    if (under.some((hash) => hash === undefined))
      throw new RangeError(`no node ${describeNode(ids[at] as NodeId)}: the events under it are not all in ${schema}.events`)
    return CompactRange.perfectSubtreeHash(under as ReadonlyArray<string>)
  })
}

/**
 * Reads nodes of the tree over the first `leaves` events, in the order asked: those from
 * `KEPT_FROM_LEVEL` up from `<schema>.merkle_nodes` in one query, those below hashed again from
 * the events' chain hashes in another. A node the table lacks, or one beyond the leaves, is refused.
 *
 * @category transparency
 * @since 0.5.0
 */
export const readNodes = async (
  client: pg.Pool | pg.PoolClient,
  schema: string,
  ids: ReadonlyArray<NodeId>,
  leaves: number
): Promise<ReadonlyArray<Uint8Array>> => {
  const beyond = ids.find(({ level, index }) => (index + 1) * 2 ** level > leaves)
  if (beyond !== undefined) throw new RangeError(`no node ${describeNode(beyond)} among the ${leaves} leaves held`)
  const isKept = (id: NodeId): boolean => id.level >= KEPT_FROM_LEVEL
  // One query after the other: a transaction's client runs one at a time.
  const kept = await keptNodes(client, schema, ids.filter(isKept))
  const below = await nodesHashedAgain(
    client,
    schema,
    ids.filter((id) => !isKept(id))
  )
  let nextKept = 0
  let nextBelow = 0
  return ids.map((id) => (isKept(id) ? kept[nextKept++] : below[nextBelow++]) as Uint8Array)
}

/**
 * The compact range of the first `size` leaves, read from their peaks.
 *
 * @category transparency
 * @since 0.5.0
 */
export const rangeAt = async (client: pg.Pool | pg.PoolClient, schema: string, size: number): Promise<CompactRange.CompactRange> => ({
  size,
  peaks: await readNodes(client, schema, CompactRange.peakIds(size), size)
})

/**
 * How many leaves the tree covers, as `<schema>.merkle_size` holds it: `undefined` when the table
 * lost its row (a ledger damaged by hand).
 *
 * @category transparency
 * @since 0.5.0
 */
export const storedSize = async (client: pg.Pool | pg.PoolClient, schema: string): Promise<number | undefined> => {
  const { rows } = await client.query<{ leaves: string }>(`SELECT leaves FROM ${schema}.merkle_size`)
  return rows[0] === undefined ? undefined : Number(rows[0].leaves)
}

/**
 * How many leaves the nodes kept reach: no more than `storedSize` unless the table was tampered with.
 *
 * @category transparency
 * @since 0.5.0
 */
export const keptLeafCount = async (client: pg.Pool | pg.PoolClient, schema: string): Promise<number> => {
  const { rows } = await client.query<{ reach: string | null }>(
    `SELECT max((node_index + 1) * (1::bigint << level)) AS reach
       FROM (SELECT level, max(node_index) AS node_index FROM ${schema}.merkle_nodes GROUP BY level) AS last_of_level`
  )
  return Number(rows[0]?.reach ?? 0)
}

/**
 * Inserts node columns into `<schema>.merkle_nodes` and sets the tree's size to `leaves`, in the
 * caller's transaction.
 *
 * @category transparency
 * @since 0.5.0
 */
export const writeNodes = async (client: pg.PoolClient, schema: string, columns: NodeColumns, leaves: number): Promise<void> => {
  await client.query(
    `INSERT INTO ${schema}.merkle_nodes (level, node_index, hash) SELECT * FROM unnest($1::int[], $2::bigint[], $3::bytea[])`,
    [columns.levels, columns.indexes, columns.hashes.map((hash) => Buffer.from(hash))]
  )
  const resized = await client.query(`UPDATE ${schema}.merkle_size SET leaves = $1`, [leaves])
  if (resized.rowCount !== 1) throw new Error(`the table ${schema}.merkle_size lost its row: the ledger was damaged by hand; run verify`)
}

// Events whose chain hashes the backfill reads at a time.
const BACKFILL_PAGE = 10_000

/**
 * Extends the tree to every event stored, from the size `<schema>.merkle_size` holds, in global
 * order, inside the caller's transaction. A ledger whose events stop at its tree's size is left as
 * it is, even one whose tree no longer matches them, for verify to report rather than the
 * migration to refuse.
 *
 * @category transparency
 * @since 0.5.0
 */
export const backfillNodes = async (client: pg.PoolClient, schema: string): Promise<void> => {
  const page = async (after: number, limit: number): Promise<ReadonlyArray<string>> =>
    (
      await client.query<{ hash: string }>(
        `SELECT hash FROM ${schema}.events WHERE global_position > $1 ORDER BY global_position LIMIT ${limit}`,
        [after]
      )
    ).rows.map((row) => row.hash)
  // Migration 7 has just written the row.
  const size = (await storedSize(client, schema)) ?? 0
  if ((await page(size, 1)).length === 0) return
  let range = await rangeAt(client, schema, size)
  for (let hashes = await page(range.size, BACKFILL_PAGE); hashes.length > 0; hashes = await page(range.size, BACKFILL_PAGE)) {
    const next = nodesOf(range, hashes)
    await writeNodes(client, schema, next.columns, next.range.size)
    range = next.range
  }
}
