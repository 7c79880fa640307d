import type { NodeId } from "./MerkleNodes.js"

/**
 * The perfect subtrees that make up the leaves `[start, end)`, largest first, for a `start` that is
 * a multiple of the largest power of two not above `end - start` — as every run of leaves the RFC
 * 9162 recursion names is, and `[0, size)` is. The hash of the run folds their hashes from the
 * right; for `[0, size)` they are the peaks of the compact range of `size` leaves.
 *
 * @category shape
 * @since 0.4.0
 */
export const perfectSubtreesOf = (start: number, end: number): ReadonlyArray<NodeId> => {
  const ids: Array<NodeId> = []
  let offset = start
  while (offset < end) {
    let width = 1
    let level = 0
    while (width * 2 <= end - offset) {
      width *= 2
      level++
    }
    ids.push({ level, index: offset / width })
    offset += width
  }
  return ids
}
