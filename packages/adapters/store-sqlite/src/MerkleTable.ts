import { CompactRange, type CompletedNode, type NodeId, TreeHasher } from "@plan-ledger/eventstore"
import type { SqliteConnection, SqliteStatement } from "./SqliteConnection.js"

// Nodes a single INSERT writes: 256 × 3 bound values.
const INSERT_CHUNK = 256

/**
 * The `merkle_nodes` table, as the store reads and writes it: the hash of each node of the tree
 * over the log, keyed by `(level, node_index)`. Synchronous, so an append writes the nodes its
 * events complete inside its own transaction, and a migration backfills them inside its own.
 *
 * @category transparency
 * @since 0.5.0
 */
export interface MerkleTable {
  /** The hash of one node, if the table holds it. */
  readonly node: (id: NodeId) => Uint8Array | undefined
  /** How many leaves the table holds. */
  readonly leafCount: () => number
  /** Appends the leaves of events, by their chain hashes, to the tree of `range`, writing the nodes they complete. */
  readonly append: (range: CompactRange.CompactRange, chainHashes: ReadonlyArray<string>) => CompactRange.CompactRange
  /** The compact range of the first `size` leaves, read from their peaks. */
  readonly rangeAt: (size: number) => CompactRange.CompactRange
}

/**
 * The table's statements on a connection.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkleTable = (database: SqliteConnection): MerkleTable => {
  const byId = database.prepare<[hash: Uint8Array]>("SELECT hash FROM merkle_nodes WHERE level = ? AND node_index = ?")
  const lastLeaf = database.prepare<[count: number | null]>("SELECT MAX(node_index) + 1 FROM merkle_nodes WHERE level = 0")
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
  const node = ({ level, index }: NodeId): Uint8Array | undefined => {
    const row = byId.get([level, index])
    return row === undefined ? undefined : new Uint8Array(row[0])
  }
  return {
    node,
    leafCount: () => lastLeaf.get()?.[0] ?? 0,
    append: (range, chainHashes) => {
      const next = CompactRange.appendAll(range, chainHashes.map(TreeHasher.eventLeafHash))
      // Each chunk's values go straight into one array, not an array a node.
      const { completed } = next
      for (let start = 0; start < completed.length; start += INSERT_CHUNK) {
        const rows = Math.min(INSERT_CHUNK, completed.length - start)
        const values: Array<number | Uint8Array> = new Array(3 * rows)
        for (let row = 0; row < rows; row++) {
          const { id, hash } = completed[start + row] as CompletedNode
          values[3 * row] = id.level
          values[3 * row + 1] = id.index
          values[3 * row + 2] = hash
        }
        insertOf(rows).run(values)
      }
      return next.range
    },
    rangeAt: (size) => ({
      size,
      peaks: CompactRange.peakIds(size).map((id) => {
        const hash = node(id)
        if (hash === undefined) throw new Error(`the Merkle tree lacks its node (${id.level}, ${id.index}) of the first ${size} events`)
        return hash
      })
    })
  }
}
