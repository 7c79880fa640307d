import { emptyRoot, nodeHash } from "./MerkleHash.js"
import { splitOf } from "./TreeShape.js"

const rootOfRange = async (leafHashes: ReadonlyArray<Uint8Array>, start: number, end: number): Promise<Uint8Array> => {
  if (end - start === 1) return leafHashes[start] as Uint8Array
  const split = start + splitOf(end - start)
  return nodeHash(await rootOfRange(leafHashes, start, split), await rootOfRange(leafHashes, split, end))
}

/**
 * The root of the tree over the given leaf hashes, in order (RFC 9162 §2.1.1, `MTH`); the empty
 * tree's root is the SHA-256 of no bytes.
 *
 * @category hashing
 * @since 0.1.0
 */
export const rootOfLeafHashes = (leafHashes: ReadonlyArray<Uint8Array>): Promise<Uint8Array> =>
  leafHashes.length === 0 ? emptyRoot() : rootOfRange(leafHashes, 0, leafHashes.length)
