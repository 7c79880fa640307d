import { equalBytes } from "./Bytes.js"
import { nodeHash } from "./MerkleHash.js"
import { refuseNonCount, refuseNonHash } from "./ProofInputs.js"
import { consistencyProofLength } from "./TreeShape.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

const isPowerOfTwo = (size: number): boolean => size > 0 && Number.isInteger(Math.log2(size))

/**
 * Checks that the tree of `size2` leaves whose root is `root2` extends the tree of `size1` leaves
 * whose root is `root1`, by the consistency proof `proof` (RFC 9162 §2.1.4.2): the older tree's
 * leaves are the first leaves of the newer, unchanged. Equal sizes need an empty proof and equal
 * roots; a proof from the empty tree proves nothing and is refused.
 *
 * @category proofs
 * @since 0.1.0
 */
export const verifyConsistency = async (
  size1: number,
  size2: number,
  proof: ReadonlyArray<Uint8Array>,
  root1: Uint8Array,
  root2: Uint8Array
): Promise<Verdict<void>> => {
  const refusal =
    refuseNonCount({ "older tree size": size1, "newer tree size": size2 }) ??
    refuseNonHash({ "proof hash": proof, "older root": [root1], "newer root": [root2] })
  if (refusal !== undefined) return refusal
  if (size1 > size2) return refuse("out-of-range", `a tree of ${size1} leaves cannot be the start of one of ${size2}`)
  if (size1 === 0) return refuse("out-of-range", "a consistency proof from the empty tree proves nothing")
  const due = size1 === size2 ? 0 : consistencyProofLength(size1, size2)
  if (proof.length !== due) {
    return refuse(
      "wrong-length",
      `the consistency proof from ${size1} to ${size2} leaves holds ${proof.length} hashes, not ${due}: it was truncated or padded`
    )
  }
  const mismatch = refuse(
    "root-mismatch",
    `the consistency proof does not lead from the root of the tree of ${size1} leaves to the root of the tree of ${size2}: one tree is not the start of the other`
  )
  if (size1 === size2) return equalBytes(root1, root2) ? accept(undefined) : mismatch
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof
  let fn = size1 - 1
  let sn = size2 - 1
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  let older = path[0] as Uint8Array
  let newer = older
  for (const hash of path.slice(1)) {
    if (sn === 0) return mismatch
    if (fn % 2 === 1 || fn === sn) {
      older = await nodeHash(hash, older)
      newer = await nodeHash(hash, newer)
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2)
        sn = Math.floor(sn / 2)
      }
    } else {
      newer = await nodeHash(newer, hash)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && equalBytes(older, root1) && equalBytes(newer, root2) ? accept(undefined) : mismatch
}
