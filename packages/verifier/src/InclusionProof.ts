import { equalBytes } from "./Bytes.js"
import { nodeHash } from "./MerkleHash.js"
import { refuseNonCount, refuseNonHash } from "./ProofInputs.js"
import { inclusionProofLength } from "./TreeShape.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * Checks that the leaf whose hash is `leafHash` is the one at `index` in the tree of `treeSize`
 * leaves whose root is `root`, by the inclusion proof `proof` (RFC 9162 §2.1.3.2). A proof with
 * more or fewer hashes than the index and size call for is refused as `wrong-length` before any
 * hashing; a proof that does not lead to the root as `root-mismatch`.
 *
 * @category proofs
 * @since 0.1.0
 */
export const verifyInclusion = async (
  leafHash: Uint8Array,
  index: number,
  treeSize: number,
  proof: ReadonlyArray<Uint8Array>,
  root: Uint8Array
): Promise<Verdict<void>> => {
  const refusal =
    refuseNonCount({ index, "tree size": treeSize }) ?? refuseNonHash({ "leaf hash": [leafHash], "proof hash": proof, root: [root] })
  if (refusal !== undefined) return refusal
  if (index >= treeSize) return refuse("out-of-range", `leaf ${index} is not in a tree of ${treeSize} leaves`)
  const due = inclusionProofLength(index, treeSize)
  if (proof.length !== due) {
    return refuse(
      "wrong-length",
      `the inclusion proof of leaf ${index} in a tree of ${treeSize} leaves holds ${proof.length} hashes, not ${due}: it was truncated or padded`
    )
  }
  const mismatch = refuse(
    "root-mismatch",
    `the inclusion proof of leaf ${index} does not lead to the root of the tree of ${treeSize} leaves: the leaf, its index, the tree size or the proof was altered`
  )
  let fn = index
  let sn = treeSize - 1
  let hash = leafHash
  for (const sibling of proof) {
    if (sn === 0) return mismatch
    if (fn % 2 === 1 || fn === sn) {
      hash = await nodeHash(sibling, hash)
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2)
        sn = Math.floor(sn / 2)
      }
    } else {
      hash = await nodeHash(hash, sibling)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && equalBytes(hash, root) ? accept(undefined) : mismatch
}
