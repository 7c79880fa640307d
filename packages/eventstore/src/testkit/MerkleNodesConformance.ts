import { describe, expect, it } from "vitest"
import type { MerkleNodes, NodeId } from "../transparency/MerkleNodes.js"
import * as InMemoryMerkleNodes from "../transparency/InMemoryMerkleNodes.js"
import * as MerkleProofs from "../transparency/MerkleProofs.js"
import { leafHash } from "../transparency/TreeHasher.js"

const SIZES = [0, 1, 2, 3, 7, 8, 9, 64, 100]

/**
 * Every node the tree of `size` leaves holds, level by level from the leaves up: at each level, the
 * perfect subtrees that end within it.
 *
 * @category testing
 * @since 0.5.0
 */
export const nodeIdsOf = (size: number): ReadonlyArray<NodeId> => {
  const ids: Array<NodeId> = []
  for (let level = 0, width = 1; width <= size; level++, width *= 2) {
    for (let index = 0; (index + 1) * width <= size; index++) ids.push({ level, index })
  }
  return ids
}

/**
 * A tree under test: its reader, and the leaf hashes it was built from, in order.
 *
 * @category testing
 * @since 0.4.0
 */
export interface HeldTree {
  readonly nodes: MerkleNodes
  readonly leafHashes: ReadonlyArray<Uint8Array>
}

/**
 * Leaf hashes for a tree of `size` leaves, for a `MerkleNodes` that can be fed any leaves.
 *
 * @category testing
 * @since 0.4.0
 */
export const conformanceLeaves = (size: number): ReadonlyArray<Uint8Array> =>
  Array.from({ length: size }, (_, index) => leafHash(new TextEncoder().encode(`conformance leaf ${index}`)))

/**
 * The suite every store's `MerkleNodes` must pass: `treeOf(size)` gives a fresh store that holds
 * `size` leaves (appended however the store appends: an event store appends events, whose chain
 * hashes give the leaves), its reader, and the leaf hashes it holds. The suite compares its leaf
 * count, every node, and every tree head and proof read through it with those of the in-memory
 * model fed the same leaves.
 *
 * @example
 * import { InMemoryMerkleNodes } from "@plan-ledger/eventstore"
 * import { conformanceLeaves, merkleNodesConformance } from "@plan-ledger/eventstore/testkit"
 *
 * merkleNodesConformance("memory", async (size) => {
 *   const nodes = InMemoryMerkleNodes.make()
 *   const leafHashes = conformanceLeaves(size)
 *   for (const hash of leafHashes) nodes.append(hash)
 *   return { nodes, leafHashes }
 * })
 *
 * @category testing
 * @since 0.4.0
 */
export const merkleNodesConformance = (name: string, treeOf: (size: number) => Promise<HeldTree>): void => {
  describe(`MerkleNodes conformance: ${name}`, () => {
    for (const size of SIZES) {
      it(`holds the nodes, tree heads and proofs of the model over ${size} leaves`, async () => {
        const { nodes, leafHashes } = await treeOf(size)
        expect(leafHashes.length).toBe(size)
        const model = InMemoryMerkleNodes.make()
        for (const hash of leafHashes) model.append(hash)
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
