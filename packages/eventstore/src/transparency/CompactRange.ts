import type { CompletedNode, MerkleNodes, NodeId } from "./MerkleNodes.js"
import { perfectSubtreesOf } from "./PerfectSubtrees.js"
import { emptyRoot, eventLeafHash, nodeHash } from "./TreeHasher.js"

/**
 * The right edge of a tree that grows one leaf at a time: the hashes of its largest perfect
 * subtrees, left to right, one for each bit set in its size (a compact range from leaf 0). It is
 * all a writer needs to keep to know the tree head and the nodes each new leaf completes.
 *
 * @category models
 * @since 0.4.0
 */
export interface CompactRange {
  readonly size: number
  readonly peaks: ReadonlyArray<Uint8Array>
}

/**
 * The compact range of the empty tree.
 *
 * @category constructors
 * @since 0.4.0
 */
export const empty: CompactRange = { size: 0, peaks: [] }

/**
 * Appends one leaf hash: the range of the tree one leaf larger, and the nodes the leaf completes —
 * the leaf itself, then each perfect subtree it closes, bottom up — for a store to keep.
 *
 * @category combinators
 * @since 0.4.0
 */
export const append = (
  range: CompactRange,
  leafHash: Uint8Array
): { readonly range: CompactRange; readonly completed: ReadonlyArray<CompletedNode> } => appendAll(range, [leafHash])

/**
 * Appends leaf hashes in order: the range after the last, and every node they complete, in the
 * order they complete them — what a store writes beside a batch of events. The peaks are copied
 * once a call, not once a leaf.
 *
 * @category combinators
 * @since 0.4.0
 */
export const appendAll = (
  range: CompactRange,
  leafHashes: ReadonlyArray<Uint8Array>
): { readonly range: CompactRange; readonly completed: ReadonlyArray<CompletedNode> } => {
  const peaks = [...range.peaks]
  const completed: Array<CompletedNode> = []
  let size = range.size
  for (const leafHash of leafHashes) {
    completed.push({ id: { level: 0, index: size }, hash: leafHash })
    let hash = leafHash
    let below = size
    let level = 0
    while (below % 2 === 1) {
      hash = nodeHash(peaks.pop() as Uint8Array, hash)
      below = (below - 1) / 2
      level++
      completed.push({ id: { level, index: below }, hash })
    }
    peaks.push(hash)
    size++
  }
  return { range: { size, peaks }, completed }
}

/**
 * The root of the tree the range ends: its peaks folded right to left (RFC 9162 §2.1.1).
 *
 * @category getters
 * @since 0.4.0
 */
export const root = (range: CompactRange): Uint8Array => {
  if (range.peaks.length === 0) return emptyRoot()
  let hash = range.peaks[range.peaks.length - 1] as Uint8Array
  for (let peak = range.peaks.length - 2; peak >= 0; peak--) hash = nodeHash(range.peaks[peak] as Uint8Array, hash)
  return hash
}

/**
 * The hash of the perfect subtree over the events with these chain hashes, a power of two of them
 * in global order: what a store that keeps the nodes only from some level up hashes again when a
 * node below it is read. Any other number of chain hashes is refused.
 *
 * @category combinators
 * @since 0.5.0
 */
export const perfectSubtreeHash = (chainHashes: ReadonlyArray<string>): Uint8Array => {
  const count = chainHashes.length
  if (count === 0 || (count & (count - 1)) !== 0) throw new RangeError(`a perfect subtree spans a power of two of events, not ${count}`)
  return root(appendAll(empty, chainHashes.map(eventLeafHash)).range)
}

/**
 * Which nodes are the peaks of the tree of `size` leaves: its largest perfect subtrees, left to
 * right — the nodes a writer reads to resume appending.
 *
 * @category getters
 * @since 0.4.0
 */
export const peakIds = (size: number): ReadonlyArray<NodeId> => perfectSubtreesOf(0, size)

/**
 * The compact range of the first `size` leaves a store holds, read back from its nodes in one read
 * (its peaks are perfect subtrees): how a writer resumes appending after a restart.
 *
 * @category constructors
 * @since 0.4.0
 */
export const resume = async (nodes: MerkleNodes, size: number): Promise<CompactRange> => {
  const held = await nodes.leafCount()
  if (!Number.isSafeInteger(size) || size < 0 || size > held)
    throw new RangeError(`a tree of ${size} leaves is not within the ${held} leaves held`)
  return { size, peaks: size === 0 ? [] : await nodes.read(peakIds(size)) }
}
