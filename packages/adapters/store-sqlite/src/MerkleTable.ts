import { CompactRange, type CompletedNode, type NodeId, TreeHasher } from "@plan-ledger/eventstore"
import type { SqliteConnection, SqliteStatement } from "./SqliteConnection.js"

// Nodes a single INSERT writes: 256 × 3 bound values.
const INSERT_CHUNK = 256

/**
 * The lowest level of the tree whose nodes `merkle_nodes` keeps. The levels below hold fifteen
 * nodes in sixteen of all the tree has (two a leaf, less an eighth), and each of them spans at most
 * eight leaves, so it is cheaper to hash one again from the events' chain hashes when a proof or a
 * tree head asks for it than to write it with every append.
 *
 * @category transparency
 * @since 0.5.0
 */
export const KEPT_FROM_LEVEL = 4

/**
 * The tree over the log as the store reads and writes it: `merkle_nodes` holds the hash of each
 * node from level `KEPT_FROM_LEVEL` up, keyed by `(level, node_index)`; `merkle_size` holds the
 * number of leaves the tree covers. A node below that level is hashed again from the chain hashes
 * of the events under it. Synchronous, so an append writes the nodes its events complete inside
 * its own transaction, and a migration backfills them inside its own.
 *
 * @category transparency
 * @since 0.5.0
 */
export interface MerkleTable {
  /** The hash of one node, if the tree holds it. */
  readonly node: (id: NodeId) => Uint8Array | undefined
  /** How many leaves the tree covers. */
  readonly leafCount: () => number
  /** How many leaves the nodes kept reach: no more than `leafCount` unless the table was tampered with. */
  readonly keptLeafCount: () => number
  /** Appends the leaves of events, by their chain hashes, to the tree of `range`, writing the nodes they complete that are kept and the tree's new size. */
  readonly append: (range: CompactRange.CompactRange, chainHashes: ReadonlyArray<string>) => CompactRange.CompactRange
  /** The compact range of the first `size` leaves, read from their peaks. */
  readonly rangeAt: (size: number) => CompactRange.CompactRange
}

/**
 * The tables' statements on a connection.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkleTable = (database: SqliteConnection): MerkleTable => {
  const byId = database.prepare<[hash: Uint8Array]>("SELECT hash FROM merkle_nodes WHERE level = ? AND node_index = ?")
  const chainHashes = database.prepare<[hash: string]>(
    "SELECT hash FROM events WHERE global_position > ? AND global_position <= ? ORDER BY global_position"
  )
  const size = database.prepare<[leaves: number]>("SELECT leaves FROM merkle_size")
  const resize = database.prepare("UPDATE merkle_size SET leaves = ?")
  // The last node of each level, by the primary key.
  const reach = database.prepare<[leaves: number | null]>(
    "SELECT max((node_index + 1) << level) FROM (SELECT level, max(node_index) AS node_index FROM merkle_nodes GROUP BY level)"
  )
  const inserts = new Map<number, SqliteStatement>()
  const insertOf = (rows: number): SqliteStatement => {
    const known = inserts.get(rows)
    if (known !== undefined) return known
    const statement = database.prepare(
      `INSERT INTO merkle_nodes (level, node_index, hash) VALUES ${Array(rows).fill("(?, ?, ?)").join(", ")}`
    )
    inserts.set(rows, statement)
    return statement
  }
  const leafCount = (): number => size.get()?.[0] ?? 0
  // A node below the kept levels: the root of the perfect subtree over the leaves under it.
  const hashedAgain = ({ level, index }: NodeId): Uint8Array | undefined => {
    const width = 2 ** level
    const first = index * width
    if (first + width > leafCount()) return undefined
    const under = chainHashes.all([first, first + width]).map(([hash]) => hash)
    return under.length === width ? CompactRange.perfectSubtreeHash(under) : undefined
  }
  const node = (id: NodeId): Uint8Array | undefined => {
    if (id.level < KEPT_FROM_LEVEL) return hashedAgain(id)
    const row = byId.get([id.level, id.index])
    return row === undefined ? undefined : new Uint8Array(row[0])
  }
  return {
    node,
    leafCount,
    keptLeafCount: () => reach.get()?.[0] ?? 0,
    append: (range, hashes) => {
      const next = CompactRange.appendAll(range, hashes.map(TreeHasher.eventLeafHash))
      const kept = next.completed.filter((completed) => completed.id.level >= KEPT_FROM_LEVEL)
      // Each chunk's values go straight into one array, not an array a node.
      for (let start = 0; start < kept.length; start += INSERT_CHUNK) {
        const rows = Math.min(INSERT_CHUNK, kept.length - start)
        const values: Array<number | Uint8Array> = new Array(3 * rows)
        for (let row = 0; row < rows; row++) {
          const { id, hash } = kept[start + row] as CompletedNode
          values[3 * row] = id.level
          values[3 * row + 1] = id.index
          values[3 * row + 2] = hash
        }
        insertOf(rows).run(values)
      }
      resize.run([next.range.size])
      return next.range
    },
    rangeAt: (at) => ({
      size: at,
      peaks: CompactRange.peakIds(at).map((id) => {
        const hash = node(id)
        if (hash === undefined) throw new Error(`the Merkle tree lacks its node (${id.level}, ${id.index}) of the first ${at} events`)
        return hash
      })
    })
  }
}
