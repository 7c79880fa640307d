import { HASH_SIZE } from "@plan-ledger/verifier"
import * as CompactRange from "./CompactRange.js"
import type { MerkleNodes, NodeId } from "./MerkleNodes.js"

/**
 * The nodes of a tree held in memory, one growing byte array a level, fed one leaf hash at a time:
 * the model of what a store keeps, and a tree for tests and small logs.
 *
 * @category models
 * @since 0.4.0
 */
export interface InMemoryMerkleNodes extends MerkleNodes {
  /** Appends a leaf hash and keeps the nodes it completes. */
  readonly append: (leafHash: Uint8Array) => void
  /** The compact range of the tree so far, whose root is the current tree head. */
  readonly range: () => CompactRange.CompactRange
}

/**
 * An empty tree in memory.
 *
 * @category constructors
 * @since 0.4.0
 */
export const make = (): InMemoryMerkleNodes => {
  const levels: Array<{ bytes: Uint8Array; count: number }> = []
  let range = CompactRange.empty
  const keep = (level: number, hash: Uint8Array): void => {
    const row = levels[level] ?? (levels[level] = { bytes: new Uint8Array(HASH_SIZE * 64), count: 0 })
    if ((row.count + 1) * HASH_SIZE > row.bytes.length) {
      const grown = new Uint8Array(row.bytes.length * 2)
      grown.set(row.bytes)
      row.bytes = grown
    }
    row.bytes.set(hash, row.count * HASH_SIZE)
    row.count++
  }
  const node = ({ level, index }: NodeId): Uint8Array => {
    const row = levels[level]
    if (row === undefined || index >= row.count) throw new RangeError(`no node (${level}, ${index}) among the ${range.size} leaves held`)
    return row.bytes.slice(index * HASH_SIZE, (index + 1) * HASH_SIZE)
  }
  return {
    append: (leafHash) => {
      const next = CompactRange.append(range, leafHash)
      for (const completed of next.completed) keep(completed.id.level, completed.hash)
      range = next.range
    },
    range: () => range,
    leafCount: () => Promise.resolve(range.size),
    read: (ids) => Promise.resolve(ids.map(node))
  }
}
