import { describe, expect, it } from "vitest"
import type { MerkleNodes, NodeId } from "../transparency/MerkleNodes.js"
import * as InMemoryMerkleNodes from "../transparency/InMemoryMerkleNodes.js"
import * as MerkleProofs from "../transparency/MerkleProofs.js"
import { leafHash } from "../transparency/TreeHasher.js"

const SIZES = [0, 1, 2, 3, 7, 8, 9, 64, 100]

const leavesOf = (size: number): ReadonlyArray<Uint8Array> =>
  Array.from({ length: size }, (_, index) => leafHash(new TextEncoder().encode(`conformance leaf ${index}`)))

// Every node the tree of `size` leaves holds: at each level, the perfect subtrees that end within it.
const nodeIdsOf = (size: number): ReadonlyArray<NodeId> => {
  const ids: Array<NodeId> = []
  for (let level = 0, width = 1; width <= size; level++, width *= 2) {
    for (let index = 0; (index + 1) * width <= size; index++) ids.push({ level, index })
  }
  return ids
}

/**
 * The suite every store's `MerkleNodes` must pass: `nodesOf(leafHashes)` gives a fresh store that
 * holds those leaf hashes, in order (appended however the store appends), and its reader. The
 * suite compares its leaf count, every node, and every tree head and proof read through it with
 * the in-memory model's.
 *
 * @example
 * import { InMemoryMerkleNodes } from "@plan-ledger/eventstore"
 * import { merkleNodesConformance } from "@plan-ledger/eventstore/testkit"
 *
 * merkleNodesConformance("memory", async (leafHashes) => {
 *   const nodes = InMemoryMerkleNodes.make()
 *   for (const hash of leafHashes) nodes.append(hash)
 *   return nodes
 * })
 *
 * @category testing
 * @since 0.4.0
 */
export const merkleNodesConformance = (name: string, nodesOf: (leafHashes: ReadonlyArray<Uint8Array>) => Promise<MerkleNodes>): void => {
  describe(`MerkleNodes conformance: ${name}`, () => {
    for (const size of SIZES) {
      it(`holds the nodes, tree heads and proofs of the model over ${size} leaves`, async () => {
        const leaves = leavesOf(size)
        const model = InMemoryMerkleNodes.make()
        for (const hash of leaves) model.append(hash)
        const nodes = await nodesOf(leaves)
        expect(await nodes.leafCount()).toBe(size)
        const ids = nodeIdsOf(size)
        expect(await nodes.read(ids)).toEqual(await model.read(ids))
        for (let treeSize = 0; treeSize <= size; treeSize++) {
          expect(await MerkleProofs.treeHead(nodes, treeSize)).toEqual(await MerkleProofs.treeHead(model, treeSize))
          for (let index = 0; index < treeSize; index++) {
            expect(await MerkleProofs.inclusionProof(nodes, index, treeSize)).toEqual(
              await MerkleProofs.inclusionProof(model, index, treeSize)
            )
          }
          if (treeSize > 0) {
            expect(await MerkleProofs.consistencyProof(nodes, treeSize, size)).toEqual(
              await MerkleProofs.consistencyProof(model, treeSize, size)
            )
          }
        }
      })
    }
  })
}
