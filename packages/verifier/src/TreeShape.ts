/**
 * The shape of an RFC 9162 tree, which both proving and verifying follow: where a tree of `size`
 * leaves splits, and how many hashes a proof holds.
 */

/**
 * The largest power of two below `size` (for `size` of at least 2): the number of leaves of the
 * left subtree of a tree of `size` leaves (RFC 9162 §2.1.1, `k`).
 *
 * @category shape
 * @since 0.1.0
 */
export const splitOf = (size: number): number => {
  let split = 1
  while (split * 2 < size) split *= 2
  return split
}

/**
 * How many hashes the inclusion proof of the leaf at `index` in a tree of `size` leaves holds
 * (RFC 9162 §2.1.3.1, `PATH`): one for each level the leaf's path climbs.
 *
 * @category shape
 * @since 0.1.0
 */
export const inclusionProofLength = (index: number, size: number): number => {
  let length = 0
  let offset = index
  let width = size
  while (width > 1) {
    const split = splitOf(width)
    if (offset < split) width = split
    else {
      offset -= split
      width -= split
    }
    length++
  }
  return length
}

/**
 * How many hashes the consistency proof from a tree of `size1` leaves to one of `size2` holds
 * (RFC 9162 §2.1.4.1, `SUBPROOF(size1, D[size2], true)`), for `0 < size1 <= size2`.
 *
 * @category shape
 * @since 0.1.0
 */
export const consistencyProofLength = (size1: number, size2: number): number => {
  let length = 0
  let older = size1
  let newer = size2
  let whole = true
  while (older !== newer) {
    const split = splitOf(newer)
    if (older <= split) newer = split
    else {
      older -= split
      newer -= split
      whole = false
    }
    length++
  }
  return whole ? length : length + 1
}
