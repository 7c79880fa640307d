import { splitOf } from "@plan-ledger/verifier"
import type { MerkleNodes } from "./MerkleNodes.js"
import { perfectSubtreesOf } from "./PerfectSubtrees.js"
import { emptyRoot, nodeHash } from "./TreeHasher.js"

// A run of leaves [start, end) whose hash a proof carries: a row of perfect subtrees, whose hash folds
// their nodes from the right.
interface Run {
  readonly start: number
  readonly end: number
}

// The hashes of the runs, in order, from one read of all their nodes.
const hashesOf = async (nodes: MerkleNodes, runs: ReadonlyArray<Run>): Promise<ReadonlyArray<Uint8Array>> => {
  const idsOfRuns = runs.map((run) => perfectSubtreesOf(run.start, run.end))
  const read = await nodes.read(idsOfRuns.flat())
  let next = 0
  return idsOfRuns.map((ids) => {
    const hashes = read.slice(next, next + ids.length)
    next += ids.length
    return hashes.reduceRight((right, left) => nodeHash(left, right))
  })
}

const checkHeld = async (nodes: MerkleNodes, treeSize: number): Promise<void> => {
  const held = await nodes.leafCount()
  if (!Number.isSafeInteger(treeSize) || treeSize < 0 || treeSize > held) {
    throw new RangeError(`a tree of ${treeSize} leaves is not within the ${held} leaves held`)
  }
}

// RFC 9162 §2.1.3.1, PATH(index, D[start:end]): the runs whose hashes prove the leaf, deepest first.
const pathRuns = (index: number, start: number, end: number, runs: Array<Run>): Array<Run> => {
  if (end - start <= 1) return runs
  const split = start + splitOf(end - start)
  if (index < split) pathRuns(index, start, split, runs).push({ start: split, end })
  else pathRuns(index, split, end, runs).push({ start, end: split })
  return runs
}

// RFC 9162 §2.1.4.1, SUBPROOF(older, D[start:end], whole).
const subproofRuns = (older: number, start: number, end: number, whole: boolean, runs: Array<Run>): Array<Run> => {
  if (start + older === end) {
    if (!whole) runs.push({ start, end })
    return runs
  }
  const split = start + splitOf(end - start)
  if (start + older <= split) subproofRuns(older, start, split, whole, runs).push({ start: split, end })
  else subproofRuns(older - (split - start), split, end, false, runs).push({ start, end: split })
  return runs
}

/**
 * The root of the tree of the first `treeSize` leaves the store holds — the tree head at any size
 * it has reached.
 *
 * @category proofs
 * @since 0.4.0
 */
export const treeHead = async (nodes: MerkleNodes, treeSize: number): Promise<Uint8Array> => {
  await checkHeld(nodes, treeSize)
  if (treeSize === 0) return emptyRoot()
  const [root] = await hashesOf(nodes, [{ start: 0, end: treeSize }])
  return root as Uint8Array
}

/**
 * The inclusion proof of the leaf at `index` in the tree of `treeSize` leaves (RFC 9162 §2.1.3.1),
 * which `verifyInclusion` of `@plan-ledger/verifier` checks.
 *
 * @category proofs
 * @since 0.4.0
 */
export const inclusionProof = async (nodes: MerkleNodes, index: number, treeSize: number): Promise<ReadonlyArray<Uint8Array>> => {
  await checkHeld(nodes, treeSize)
  if (!Number.isSafeInteger(index) || index < 0 || index >= treeSize)
    throw new RangeError(`leaf ${index} is not in a tree of ${treeSize} leaves`)
  return hashesOf(nodes, pathRuns(index, 0, treeSize, []))
}

/**
 * The consistency proof from the tree of `size1` leaves to the tree of `size2` (RFC 9162 §2.1.4.1),
 * which `verifyConsistency` of `@plan-ledger/verifier` checks; empty when the sizes are equal.
 *
 * @category proofs
 * @since 0.4.0
 */
export const consistencyProof = async (nodes: MerkleNodes, size1: number, size2: number): Promise<ReadonlyArray<Uint8Array>> => {
  await checkHeld(nodes, size2)
  if (!Number.isSafeInteger(size1) || size1 < 1 || size1 > size2)
    throw new RangeError(`a tree of ${size1} leaves is not a start of one of ${size2}`)
  return size1 === size2 ? [] : hashesOf(nodes, subproofRuns(size1, 0, size2, true, []))
}
